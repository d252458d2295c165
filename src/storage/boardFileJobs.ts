// Runs a board-file job in the worker (storage/boardFile.worker.ts) where the browser has workers;
// otherwise (tests in jsdom, very old browsers) the same pure code runs inline. Either way the caller
// gets the same result.
import type { PrepareResult } from '../boardfile/prepare';
import type { Item } from '../domain/types';
import { readFileText } from './readFileText';

export type WorkerRequest =
  | { id: number; job: 'prepare'; file: Blob; now: number }
  | { id: number; job: 'export'; deviceId: string; exportedAt: number; boardName: string }
  /** Load the code and open the database ahead of need (warmBoardFileWorker); does nothing else. */
  | { id: number; job: 'warm' };

export type JobResult =
  | { job: 'prepare'; result: PrepareResult }
  | { job: 'export'; blob: Blob; itemCount: number }
  | { job: 'warm' };

export type WorkerReply =
  | { id: number; result: JobResult; error?: undefined; items?: undefined }
  | { id: number; result?: undefined; error: { name: string; message: string }; items?: undefined }
  /** A part of a prepared import's changed items, sent ahead of the result (see the worker). */
  | { id: number; result?: undefined; error?: undefined; items: Item[] };

type Job =
  | Omit<Extract<WorkerRequest, { job: 'prepare' }>, 'id'>
  | Omit<Extract<WorkerRequest, { job: 'export' }>, 'id'>;

type AnyJob = Job | Omit<Extract<WorkerRequest, { job: 'warm' }>, 'id'>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: JobResult) => void; reject: (e: Error) => void; items: Item[] }
>();

function startWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./boardFile.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const { id, result, error, items } = event.data;
    const waiting = pending.get(id);
    if (!waiting) return;
    if (items) {
      waiting.items.push(...items);
      return;
    }
    pending.delete(id);
    if (result?.job === 'prepare' && result.result.ok) result.result.value.writes.items = waiting.items;
    if (result) waiting.resolve(result);
    else waiting.reject(Object.assign(new Error(error.message), { name: error.name }));
  };
  worker.onerror = (event) => {
    // A worker that cannot start (blocked script, syntax error): fail what waits, fall back next time.
    event.preventDefault();
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'board file worker failed'));
    pending.clear();
    worker?.terminate();
    worker = null;
    workerBroken = true;
  };
  return worker;
}

let workerBroken = false;

async function runInline(job: Job): Promise<JobResult> {
  // zod, the merge and base64 load only here, where there is no worker to run them.
  const { exportWork, prepareWork } = await import('./boardFileWork');
  if (job.job === 'prepare')
    return { job: 'prepare', result: await prepareWork(() => readFileText(job.file), job.now) };
  return { job: 'export', ...(await exportWork(job)) };
}

function post(target: Worker, job: AnyJob): Promise<JobResult> {
  const id = nextId++;
  return new Promise<JobResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, items: [] });
    target.postMessage({ ...job, id } as WorkerRequest);
  });
}

export function runBoardFileJob(job: Job): Promise<JobResult> {
  const target = workerBroken ? null : startWorker();
  if (!target) return runInline(job);
  return post(target, job);
}

/**
 * Start the worker ahead of need: it loads its code and opens the database, so the first export or
 * import costs what a later one does (about 100-200 ms less). Without workers (tests in jsdom, very
 * old browsers) nothing starts: the inline fallback has nothing to warm.
 */
export function warmBoardFileWorker(): void {
  const target = workerBroken ? null : startWorker();
  if (!target) return;
  post(target, { job: 'warm' }).catch(() => {
    // A worker that cannot start is noted by onerror; the real job then runs inline.
  });
}
