// Talks to the attach worker through the shared client (platform/workerClient.ts): one worker for
// the tab, started with the first file; without one (jsdom tests, a worker that cannot start) the
// same check runs on this thread. attachFiles sends files one after another, so hundreds dropped at
// once never decode in parallel and exhaust memory.
import { createWorkerClient } from '../../platform/workerClient';
import { WorkerFailedError } from '../../platform/workerFailure';
import { prepareFile, type PrepareResult } from './prepareFile';

const client = createWorkerClient<Blob, PrepareResult>({
  name: 'attach',
  start: () => new Worker(new URL('./attach.worker.ts', import.meta.url), { type: 'module' }),
  inline: prepareFile,
});

/**
 * Prepare a file in the worker. A failure is this file's refusal, never the end of the whole drop:
 * a crashed worker (e.g. out of memory on a huge decode) is `workerFailed`, and the next file starts a
 * fresh one; anything else the check did not expect means the file could not be read.
 */
export async function prepareInWorker(file: Blob): Promise<PrepareResult> {
  try {
    return await client.run(file);
  } catch (error) {
    return { ok: false, reason: error instanceof WorkerFailedError ? 'workerFailed' : 'unreadable' };
  }
}
