// What she needs next loads on one schedule after the first paint: a pause, then an idle moment.
// Nothing of it starts a worker (workers start with their first job).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.fn<(name: string) => void>();
vi.mock('../src/features/standup/StandupView', () => (loaded('standup'), { default: () => null }));
vi.mock('../src/features/calendar/CalendarView', () => (loaded('calendar'), { default: () => null }));
vi.mock('../src/storage/boardfile/boardFileCommands', () => (loaded('boardFileCommands'), {}));
vi.mock('../src/features/boardfile/ImportDialog', () => (loaded('importDialog'), { default: () => null }));
const stopBackups = vi.fn();
vi.mock('../src/storage/backups/backupSchedule', () => {
  loaded('backups');
  return { scheduleBackups: () => stopBackups };
});

const { warmUpAfterFirstPaint } = await import('../src/warmUp');
const { WARM_DELAY_MS, WARM_IDLE_TIMEOUT_MS } = await import('../src/ui/scheduleWarmUp');

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

describe('warm-up after the first paint', () => {
  it('loads the next views, the board file code and the backups once, after the pause, when idle', async () => {
    const idle = vi.fn<(cb: () => void, options: { timeout: number }) => number>(() => 7);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const stop = warmUpAfterFirstPaint();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS - 1);
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: WARM_IDLE_TIMEOUT_MS });
    expect(loaded).not.toHaveBeenCalled();
    idle.mock.calls[0]![0]();
    await vi.dynamicImportSettled();
    expect(loaded.mock.calls.map(([name]) => name).sort()).toEqual([
      'backups',
      'boardFileCommands',
      'calendar',
      'importDialog',
      'standup',
    ]);
    expect(CountedWorker.made).toBe(0);
    stop();
    expect(stopBackups).toHaveBeenCalledTimes(1);
  });

  it('starts nothing once cancelled (the app unmounted first)', async () => {
    const cancelIdle = vi.fn();
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 9),
    );
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    warmUpAfterFirstPaint()();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS + WARM_IDLE_TIMEOUT_MS);
    expect(requestIdleCallback).not.toHaveBeenCalled();

    const later = warmUpAfterFirstPaint();
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS);
    later();
    expect(cancelIdle).toHaveBeenCalledWith(9);
  });
});
