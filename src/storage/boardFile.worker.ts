// The board file's heavy lifting off the main thread, so the board stays usable during an export,
// import or sync of a five-year archive: reading the whole board (this worker opens the same
// IndexedDB), JSON text in and out, validation, merge and preview. The one write of an import stays
// on the main thread (storage/boardFileCommands.ts applyImport).
import { prepareBoardFile } from '../boardfile/prepare';
import { serializeBoardFile, toBoardFile } from '../boardfile/serialize';
import { readBoardRecords, readStampClamps } from './boardRecords';
import type { JobResult, WorkerReply, WorkerRequest } from './boardFileJobs';

async function handle(request: WorkerRequest): Promise<JobResult> {
  if (request.job === 'prepare') {
    const text = await request.file.text();
    const [local, known] = [await readBoardRecords(), await readStampClamps()];
    return { job: 'prepare', result: prepareBoardFile(text, local, request.now, known) };
  }
  const records = await readBoardRecords();
  const text = serializeBoardFile(
    toBoardFile(records, {
      deviceId: request.deviceId,
      exportedAt: new Date(request.exportedAt),
      boardName: request.boardName,
    }),
  );
  return {
    job: 'export',
    blob: new Blob([text], { type: 'application/json' }),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  handle(event.data).then(
    (result) => self.postMessage({ id, result } satisfies WorkerReply),
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
