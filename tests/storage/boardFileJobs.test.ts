// The board-file worker: warmed ahead of need, then the same worker runs the real jobs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class StubWorker {
  static made: StubWorker[] = [];
  posted: { id: number; job: string }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    StubWorker.made.push(this);
  }
  postMessage(message: { id: number; job: string }) {
    this.posted.push(message);
  }
  terminate() {}
}

beforeEach(() => {
  vi.resetModules();
  StubWorker.made = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('board-file worker warm-up', () => {
  it('starts the worker with a warm job; the export then runs in that same worker', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const { runBoardFileJob, warmBoardFileWorker } = await import('../../src/storage/boardFileJobs');
    warmBoardFileWorker();
    expect(StubWorker.made).toHaveLength(1);
    const worker = StubWorker.made[0]!;
    expect(worker.posted).toEqual([{ job: 'warm', id: expect.any(Number) }]);
    worker.onmessage!({ data: { id: worker.posted[0]!.id, result: { job: 'warm' } } });

    const done = runBoardFileJob({ job: 'export', deviceId: 'd', exportedAt: 0, boardName: 'B' });
    expect(StubWorker.made).toHaveLength(1);
    const exportJob = worker.posted[1]!;
    expect(exportJob.job).toBe('export');
    const blob = new Blob(['{}']);
    worker.onmessage!({ data: { id: exportJob.id, result: { job: 'export', blob, itemCount: 0 } } });
    await expect(done).resolves.toEqual({ job: 'export', blob, itemCount: 0 });
  });

  it('does nothing without workers: no worker, and the inline code is not loaded for it', async () => {
    expect(typeof Worker).toBe('undefined');
    const loaded = vi.fn();
    vi.doMock('../../src/storage/boardFileWork', () => {
      loaded();
      return {};
    });
    const { warmBoardFileWorker } = await import('../../src/storage/boardFileJobs');
    warmBoardFileWorker();
    await vi.dynamicImportSettled();
    expect(loaded).not.toHaveBeenCalled();
    vi.doUnmock('../../src/storage/boardFileWork');
  });
});
