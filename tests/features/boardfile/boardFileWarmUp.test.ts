// The board file's code loads ahead of need, after the board's first paint; the worker is not
// started by it (it starts with the first job).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const commandsLoaded = vi.fn();
vi.mock('../../../src/storage/boardFileCommands', () => {
  commandsLoaded();
  return {};
});
const dialogLoaded = vi.fn();
vi.mock('../../../src/features/boardfile/ImportDialog', () => {
  dialogLoaded();
  return { default: () => null };
});

const { scheduleBoardFileWarmUp, WARM_DELAY_MS, WARM_IDLE_TIMEOUT_MS } =
  await import('../../../src/features/boardfile/boardFileWarmUp');

/** Lets the dynamic imports settle. */
const flushImport = () => vi.dynamicImportSettled();

class CountedWorker {
  static made = 0;
  constructor() {
    CountedWorker.made += 1;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', CountedWorker);
  CountedWorker.made = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('board-file warm-up', () => {
  it('loads the commands and the import preview once, after the delay, when the page is next idle', async () => {
    const idle = vi.fn<(cb: () => void, options: { timeout: number }) => number>(() => 7);
    vi.stubGlobal('requestIdleCallback', idle);
    scheduleBoardFileWarmUp();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS - 1);
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: WARM_IDLE_TIMEOUT_MS });
    expect(commandsLoaded).not.toHaveBeenCalled();
    idle.mock.calls[0]![0]();
    await flushImport();
    expect(commandsLoaded).toHaveBeenCalledTimes(1);
    expect(dialogLoaded).toHaveBeenCalledTimes(1);
    expect(CountedWorker.made).toBe(0);
  });

  it('loads nothing once cancelled (the board unmounted first)', async () => {
    const cancelIdle = vi.fn();
    const idle = vi.fn(() => 7);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const stop = scheduleBoardFileWarmUp();
    stop();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS + WARM_IDLE_TIMEOUT_MS);
    expect(idle).not.toHaveBeenCalled();

    const later = scheduleBoardFileWarmUp();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS);
    later();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });
});
