// The board file's heavy lifting off the main thread, so the board stays usable during an export,
// import or sync of a five-year archive: reading the whole board (this worker opens the same
// IndexedDB), JSON text in and out, validation, merge and preview. The one write of an import stays
// on the main thread (storage/boardFileCommands.ts applyImport).
import { exportWork, prepareWork, warmWork } from './boardFileWork';
import type { JobResult, WorkerReply, WorkerRequest } from './boardFileJobs';

async function handle(request: WorkerRequest): Promise<JobResult> {
  if (request.job === 'warm') {
    await warmWork();
    return { job: 'warm' };
  }
  if (request.job === 'prepare')
    return { job: 'prepare', result: await prepareWork(() => request.file.text(), request.now) };
  return { job: 'export', ...(await exportWork(request)) };
}

/** Items per message: the main thread deserialises each message in one task, so keep them small. */
const ITEMS_PER_MESSAGE = 500;

/** The changed items of a prepared import go ahead in parts; the last message has the rest. */
function post(id: number, result: JobResult): void {
  if (result.job === 'prepare' && result.result.ok) {
    const { items } = result.result.value.writes;
    for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE)
      self.postMessage({ id, items: items.slice(start, start + ITEMS_PER_MESSAGE) } satisfies WorkerReply);
    const value = { ...result.result.value, writes: { ...result.result.value.writes, items: [] } };
    self.postMessage({ id, result: { job: 'prepare', result: { ok: true, value } } } satisfies WorkerReply);
    return;
  }
  self.postMessage({ id, result } satisfies WorkerReply);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  handle(event.data).then(
    (result) => post(id, result),
    (error: unknown) =>
      self.postMessage({
        id,
        error: {
          name: (error as Error)?.name ?? 'Error',
          message: String((error as Error)?.message ?? error),
        },
      } satisfies WorkerReply),
  );
};
