// One client for the app's workers (the board file's, the attachments'), so starting, matching
// replies and failing are written once. The bottom layer: it imports nothing from the app.
//
// - The worker starts with its first job, not ahead of need: a tab that never exports pays nothing.
// - Replies carry the job's id, so jobs may finish in any order.
// - Where there is no Worker (jsdom tests) or it cannot start (blocked script, chunk missing
//   offline), the same job runs inline: the caller gets the same result either way.
// - A worker that crashes, sends an unreadable reply or has a job throw inside it rejects its waiting
//   jobs with a WorkerFailedError (data, worded by the UI); it is terminated and the next job starts
//   a fresh one, so the app stays usable at once.

import { WorkerFailedError, type ThrownInWorker, type WorkerFailureKind } from './workerFailure';

/** Main thread → worker. */
export interface JobRequest<Job> {
  id: number;
  job: Job;
}

/** Worker → main thread. */
export type JobReply<Result, Part> =
  /** The worker's code has loaded: from now on an error event is a crash, not a failed start. */
  | { type: 'ready' }
  /** A piece of a large result sent ahead of it, so no single message takes long to deserialise. */
  | { type: 'part'; id: number; part: Part }
  | { type: 'done'; id: number; result: Result }
  /** `dom`: a DOMException (a file that cannot be read), which the caller gets back as one. */
  | { type: 'failed'; id: number; error: ThrownInWorker & { dom: boolean } };

export interface WorkerClientOptions<Job, Result> {
  /** Names the worker in its errors. */
  name: string;
  /**
   * Creates the worker. The caller writes `new Worker(new URL('./x.worker.ts', import.meta.url), …)`
   * itself: the bundler finds the worker's script only in that literal form.
   */
  start: () => Worker;
  /** The same job on this thread. Gives the whole result at once: parts come only from a worker. */
  inline: (job: Job) => Promise<Result>;
}

export interface RunOptions<Part> {
  /** Receives the parts the worker sends ahead of the result, in order. */
  onPart?: (part: Part) => void;
}

export interface WorkerClient<Job, Result, Part> {
  run(job: Job, options?: RunOptions<Part>): Promise<Result>;
}

interface Waiting<Job, Result, Part> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
  onPart: ((part: Part) => void) | undefined;
}

/** One started worker and the jobs it owes an answer. A retired one takes no new jobs. */
interface Session<Job, Result, Part> {
  worker: Worker;
  started: boolean;
  retired: boolean;
  waiting: Map<number, Waiting<Job, Result, Part>>;
}

export function createWorkerClient<Job, Result, Part = never>(
  options: WorkerClientOptions<Job, Result>,
): WorkerClient<Job, Result, Part> {
  type Current = Session<Job, Result, Part>;
  let current: Current | null = null;
  /** Set once a worker could not start: it would not start next time either, so jobs run inline. */
  let unavailable = false;
  let nextId = 1;

  const failure = (kind: WorkerFailureKind, thrown?: ThrownInWorker) =>
    new WorkerFailedError(options.name, kind, thrown);

  function end(session: Current): Waiting<Job, Result, Part>[] {
    session.retired = true;
    if (current === session) current = null;
    session.worker.terminate();
    const waiting = [...session.waiting.values()];
    session.waiting.clear();
    return waiting;
  }

  function onReply(session: Current, reply: JobReply<Result, Part>): void {
    session.started = true;
    if (reply.type === 'ready') return;
    const waiting = session.waiting.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'part') {
      waiting.onPart?.(reply.part);
      return;
    }
    session.waiting.delete(reply.id);
    if (reply.type === 'done') waiting.resolve(reply.result);
    else if (reply.error.dom) waiting.reject(new DOMException(reply.error.message, reply.error.name));
    else {
      waiting.reject(failure('jobFailed', { name: reply.error.name, message: reply.error.message }));
      // What threw may have left the worker's state broken: the next job gets a fresh worker, and
      // this one finishes what it has and then goes.
      session.retired = true;
      if (current === session) current = null;
    }
    if (session.retired && session.waiting.size === 0) session.worker.terminate();
  }

  function onError(session: Current, event: Event): void {
    event.preventDefault();
    if (!session.started) {
      // It never loaded its code: run what waits here, and everything after it.
      unavailable = true;
      for (const w of end(session)) options.inline(w.job).then(w.resolve, w.reject);
      return;
    }
    const message = (event as ErrorEvent).message;
    const thrown = message ? { name: 'Error', message } : undefined;
    for (const w of end(session)) w.reject(failure('crashed', thrown));
  }

  function open(): Current | null {
    if (current) return current;
    if (unavailable || typeof Worker === 'undefined') return null;
    let worker: Worker;
    try {
      worker = options.start();
    } catch {
      unavailable = true;
      return null;
    }
    const session: Current = { worker, started: false, retired: false, waiting: new Map() };
    worker.onmessage = (event: MessageEvent<JobReply<Result, Part>>) => onReply(session, event.data);
    worker.onerror = (event) => onError(session, event);
    worker.onmessageerror = () => {
      for (const w of end(session)) w.reject(failure('unreadableReply'));
    };
    current = session;
    return session;
  }

  return {
    run(job, { onPart } = {}) {
      const session = open();
      if (!session) return options.inline(job);
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        session.waiting.set(id, { job, resolve, reject, onPart });
        try {
          session.worker.postMessage({ id, job } satisfies JobRequest<Job>);
        } catch (error) {
          // The job cannot be cloned (DataCloneError): it fails alone, the worker is fine.
          session.waiting.delete(id);
          reject(error);
        }
      });
    },
  };
}

function describeThrown(error: unknown): ThrownInWorker & { dom: boolean } {
  const e = error as { name?: unknown; message?: unknown } | null | undefined;
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error),
    dom: typeof DOMException !== 'undefined' && error instanceof DOMException,
  };
}

/**
 * The worker's half: answers each job with its result, or with what it threw. `sendPart` sends a
 * piece of a large result ahead of it (RunOptions.onPart receives it).
 */
export function serveJobs<Job, Result, Part = never>(
  handle: (job: Job, sendPart: (part: Part) => void) => Promise<Result>,
): void {
  const post = (reply: JobReply<Result, Part>) => self.postMessage(reply);
  self.onmessage = async (event: MessageEvent<JobRequest<Job>>) => {
    const { id, job } = event.data;
    let result: Result;
    try {
      result = await handle(job, (part) => post({ type: 'part', id, part }));
    } catch (error) {
      post({ type: 'failed', id, error: describeThrown(error) });
      return;
    }
    try {
      post({ type: 'done', id, result });
    } catch (error) {
      // The result cannot be cloned: an internal failure, not the job's own (no DOMException).
      post({ type: 'failed', id, error: { ...describeThrown(error), dom: false } });
    }
  };
  post({ type: 'ready' });
}
