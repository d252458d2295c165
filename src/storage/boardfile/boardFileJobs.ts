// Runs a board-file job in the worker (storage/boardfile/boardFile.worker.ts) where the browser has one, or the
// same pure code inline (tests in jsdom, a worker that cannot start); the caller gets the same result
// either way. Starting on the first job, matching replies and failing are the shared client's
// (platform/workerClient.ts).
import type { PrepareResult } from '../../boardfile/prepare';
import type { Item } from '../../domain/types';
import { createWorkerClient } from '../../platform/workerClient';
import { WorkerFailedError } from '../../platform/workerFailure';
import { StorageError, toStorageError } from '../db/errors';
import { readFileText } from './readFileText';

export type BoardFileJob =
  | { job: 'prepare'; file: Blob; now: number }
  | { job: 'export'; deviceId: string; exportedAt: number; boardName: string };

export type JobResult =
  { job: 'prepare'; result: PrepareResult } | { job: 'export'; blob: Blob; itemCount: number };

/** A part of a prepared import's changed items, sent ahead of the result (see the worker). */
export type JobPart = Item[];

async function runInline(job: BoardFileJob): Promise<JobResult> {
  // zod, the merge and base64 load only here, where there is no worker to run them.
  const { exportWork, prepareWork } = await import('./boardFileWork');
  if (job.job === 'prepare')
    return { job: 'prepare', result: await prepareWork(job.file, () => readFileText(job.file), job.now) };
  return { job: 'export', ...(await exportWork(job)) };
}

const client = createWorkerClient<BoardFileJob, JobResult, JobPart>({
  name: 'board file',
  start: () => new Worker(new URL('./boardFile.worker.ts', import.meta.url), { type: 'module' }),
  inline: runInline,
});

/**
 * A storage failure inside the worker (quota, database closed) is still a storage failure: the UI
 * words it as one, not as the worker's internal error.
 */
function asStorageFailure(error: unknown): unknown {
  if (!(error instanceof WorkerFailedError) || error.kind !== 'jobFailed' || !error.thrown) return error;
  const { kind } = toStorageError(error.thrown);
  return kind === 'unknown' ? error : new StorageError(kind, error);
}

export async function runBoardFileJob(job: BoardFileJob): Promise<JobResult> {
  const items: Item[] = [];
  let done: JobResult;
  try {
    done = await client.run(job, { onPart: (part) => items.push(...part) });
  } catch (error) {
    throw asStorageFailure(error);
  }
  // From the worker a prepared import's items came ahead in parts; inline they are in place.
  if (done.job === 'prepare' && done.result.ok && items.length > 0) done.result.value.writes.items = items;
  return done;
}
