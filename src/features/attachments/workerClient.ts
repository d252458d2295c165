// Talks to the attach worker: one worker for the tab, one file at a time (files are processed in
// order, so hundreds dropped at once never decode in parallel and exhaust memory).
import { prepareFile, type PrepareResult } from './prepareFile';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (result: PrepareResult) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./attach.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: PrepareResult }>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    // A crashed worker (e.g. out of memory on a huge decode) must not leave the attach loop waiting.
    worker.onerror = () => {
      for (const resolve of waiting.values()) resolve({ ok: false, reason: 'unreadable' });
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/** Prepare a file in the worker; without worker support (tests, very old browsers) on this thread. */
export function prepareInWorker(file: Blob): Promise<PrepareResult> {
  const target = getWorker();
  if (!target) return prepareFile(file);
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, file });
  });
}
