// How a worker failed, as data the UI words. Its own module so the code that only recognises the
// error (ui/reportError.ts, on the board's first download) does not bring the whole client with it.

export type WorkerFailureKind =
  /** The worker stopped with an uncaught error (out of memory on a huge file, a bug outside a job). */
  | 'crashed'
  /** A reply did not survive the structured clone (messageerror): which job it was is unknown. */
  | 'unreadableReply'
  /** The job threw inside the worker, e.g. RangeError "Maximum call stack size exceeded". */
  | 'jobFailed';

/** What a worker said about an error thrown in it (errors do not cross threads as they are). */
export interface ThrownInWorker {
  name: string;
  message: string;
}

export class WorkerFailedError extends Error {
  constructor(
    /** Which worker, for logs and tests ("board file", "attach"). */
    readonly worker: string,
    readonly kind: WorkerFailureKind,
    /** The thrown error's name and message, where the worker could tell them. */
    readonly thrown?: ThrownInWorker,
  ) {
    super(`${worker} worker: ${kind}${thrown ? ` (${thrown.name}: ${thrown.message})` : ''}`);
    this.name = 'WorkerFailedError';
  }
}
