// The board file's heavy lifting off the main thread, so the board stays usable during an export,
// import or sync of a five-year archive: reading the whole board (this worker opens the same
// IndexedDB), JSON text in and out, validation, merge and preview. The one write of an import stays
// on the main thread (storage/boardfile/boardFileCommands.ts applyImport).
import { serveJobs } from '../../platform/workerClient';
import { exportWork, prepareWork } from './boardFileWork';
import type { BoardFileJob, JobPart, JobResult } from './boardFileJobs';

/** Items per message: the main thread deserialises each message in one task, so keep them small. */
const ITEMS_PER_MESSAGE = 500;

serveJobs<BoardFileJob, JobResult, JobPart>(async (job, sendPart) => {
  if (job.job === 'export') return { job: 'export', ...(await exportWork(job)) };
  const result = await prepareWork(job.file, () => job.file.text(), job.now);
  if (!result.ok) return { job: 'prepare', result };
  // The changed items of a prepared import go ahead in parts; the result itself carries none.
  const { items } = result.value.writes;
  for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE)
    sendPart(items.slice(start, start + ITEMS_PER_MESSAGE));
  const value = { ...result.value, writes: { ...result.value.writes, items: [] } };
  return { job: 'prepare', result: { ok: true, value } };
});
