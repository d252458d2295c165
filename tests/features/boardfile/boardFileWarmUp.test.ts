// The board-file worker starts ahead of need, after the board's first paint, and never without workers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const warmBoardFile = vi.fn();
vi.mock('../../../src/storage/boardFileCommands', () => ({ warmBoardFile }));
const dialogLoaded = vi.fn();
vi.mock('../../../src/features/boardfile/ImportDialog', () => {
  dialogLoaded();
  return { default: () => null };
});

const { scheduleBoardFileWarmUp, WARM_DELAY_MS, WARM_IDLE_TIMEOUT_MS } =
  await import('../../../src/features/boardfile/boardFileWarmUp');

/** Lets the dynamic import of the commands module settle. */
const flushImport = () => vi.dynamicImportSettled();

beforeEach(() => {
  vi.useFakeTimers();
  warmBoardFile.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('board-file warm-up', () => {
  it('starts nothing where there are no workers (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    scheduleBoardFileWarmUp();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS + WARM_IDLE_TIMEOUT_MS + 10_000);
    await flushImport();
    expect(warmBoardFile).not.toHaveBeenCalled();
    expect(dialogLoaded).not.toHaveBeenCalled();
  });

  it('starts the worker and loads the import preview once, after the delay, when the page is next idle', async () => {
    vi.stubGlobal('Worker', class {});
    const idle = vi.fn<(cb: () => void, options: { timeout: number }) => number>(() => 7);
    vi.stubGlobal('requestIdleCallback', idle);
    scheduleBoardFileWarmUp();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS - 1);
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: WARM_IDLE_TIMEOUT_MS });
    expect(warmBoardFile).not.toHaveBeenCalled();
    idle.mock.calls[0]![0]();
    await flushImport();
    expect(warmBoardFile).toHaveBeenCalledTimes(1);
    expect(dialogLoaded).toHaveBeenCalledTimes(1);
  });

  it('starts nothing once cancelled (the app unmounted first)', async () => {
    vi.stubGlobal('Worker', class {});
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const stop = scheduleBoardFileWarmUp();
    stop();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS + WARM_IDLE_TIMEOUT_MS);
    await flushImport();
    expect(warmBoardFile).not.toHaveBeenCalled();

    const later = scheduleBoardFileWarmUp();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS);
    later();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });
});
