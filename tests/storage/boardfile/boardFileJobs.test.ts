// Board-file jobs in the worker: started with the first job (no warm-up), the same worker runs the
// next one, a prepared import's items are put back together from their parts, and failures inside
// the worker reach the UI as data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobReply, JobRequest } from '../../../src/platform/workerClient';
import type { BoardFileJob, JobPart, JobResult } from '../../../src/storage/boardfile/boardFileJobs';

class StubWorker {
  static made: StubWorker[] = [];
  posted: JobRequest<BoardFileJob>[] = [];
  onmessage: ((event: { data: JobReply<JobResult, JobPart> }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  constructor() {
    StubWorker.made.push(this);
  }
  postMessage(message: JobRequest<BoardFileJob>) {
    this.posted.push(message);
  }
  terminate() {}
  reply(data: JobReply<JobResult, JobPart>) {
    this.onmessage!({ data });
  }
}

const exportJob = { job: 'export', deviceId: 'd', exportedAt: 0, boardName: 'B' } as const;

beforeEach(() => {
  vi.resetModules();
  StubWorker.made = [];
  vi.stubGlobal('Worker', StubWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('board-file jobs in the worker', () => {
  it('starts the worker with the first job, not on load; the next job runs in that same worker', async () => {
    const { runBoardFileJob } = await import('../../../src/storage/boardfile/boardFileJobs');
    expect(StubWorker.made).toHaveLength(0);

    const first = runBoardFileJob(exportJob);
    expect(StubWorker.made).toHaveLength(1);
    const worker = StubWorker.made[0]!;
    expect(worker.posted[0]!.job).toEqual(exportJob);
    const blob = new Blob(['{}']);
    worker.reply({ type: 'done', id: worker.posted[0]!.id, result: { job: 'export', blob, itemCount: 0 } });
    await expect(first).resolves.toEqual({ job: 'export', blob, itemCount: 0 });

    void runBoardFileJob(exportJob);
    expect(StubWorker.made).toHaveLength(1);
    expect(worker.posted).toHaveLength(2);
  });

  it('puts a prepared import back together from the items sent ahead in parts', async () => {
    const { runBoardFileJob } = await import('../../../src/storage/boardfile/boardFileJobs');
    const done = runBoardFileJob({ job: 'prepare', file: new Blob(['{}']), now: 0 });
    const worker = StubWorker.made[0]!;
    const id = worker.posted[0]!.id;
    const item = (n: number) => ({ id: `i${n}` }) as unknown as JobPart[number];
    worker.reply({ type: 'part', id, part: [item(1), item(2)] });
    worker.reply({ type: 'part', id, part: [item(3)] });
    const value = { writes: { items: [], channels: [], members: [], standups: [] } };
    worker.reply({
      type: 'done',
      id,
      result: { job: 'prepare', result: { ok: true, value } } as unknown as JobResult,
    });
    const result = await done;
    expect(result.job === 'prepare' && result.result.ok && result.result.value.writes.items).toEqual([
      item(1),
      item(2),
      item(3),
    ]);
  });

  it('a storage failure inside the worker stays a storage failure; any other is a WorkerFailedError', async () => {
    const { runBoardFileJob } = await import('../../../src/storage/boardfile/boardFileJobs');
    const { StorageError } = await import('../../../src/storage/db/errors');
    const { WorkerFailedError } = await import('../../../src/platform/workerFailure');

    const closed = runBoardFileJob(exportJob);
    const worker = StubWorker.made[0]!;
    worker.reply({
      type: 'failed',
      id: worker.posted[0]!.id,
      error: { name: 'DatabaseClosedError', message: 'closed', dom: false },
    });
    const storage = await closed.catch((e: unknown) => e);
    expect(storage).toBeInstanceOf(StorageError);
    expect(storage).toMatchObject({ kind: 'closed' });

    // That worker is retired; the next job starts a fresh one.
    const deep = runBoardFileJob(exportJob);
    expect(StubWorker.made).toHaveLength(2);
    const fresh = StubWorker.made[1]!;
    fresh.reply({
      type: 'failed',
      id: fresh.posted[0]!.id,
      error: { name: 'RangeError', message: 'Maximum call stack size exceeded', dom: false },
    });
    const internal = await deep.catch((e: unknown) => e);
    expect(internal).toBeInstanceOf(WorkerFailedError);
    expect(internal).toMatchObject({ kind: 'jobFailed', thrown: { name: 'RangeError' } });
  });
});
