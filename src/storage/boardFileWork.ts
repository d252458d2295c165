// What a board-file job does, the same in the worker (boardFile.worker.ts) and inline (no workers):
// read the board, build or check the file, and for an import decode the attachment bytes it brings.
import { prepareBoardFile, type PrepareResult } from '../boardfile/prepare';
import { serializeBoardFileParts, toBoardFile } from '../boardfile/serialize';
import { readBoardRecords, readStampClamps } from './boardRecords';
import { db } from './db';
import { decodeNewBlobs, readFileBlobs } from './fileBlobs';

export async function exportWork(job: {
  deviceId: string;
  exportedAt: number;
  boardName: string;
}): Promise<{ blob: Blob; itemCount: number }> {
  const records = await readBoardRecords();
  const blobs = await readFileBlobs(records);
  const parts = serializeBoardFileParts(
    toBoardFile(
      records,
      { deviceId: job.deviceId, exportedAt: new Date(job.exportedAt), boardName: job.boardName },
      blobs,
    ),
  );
  return {
    blob: new Blob(parts, { type: 'application/json' }),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

export async function prepareWork(text: string, now: number): Promise<PrepareResult> {
  const [local, known] = [await readBoardRecords(), await readStampClamps()];
  const prepared = prepareBoardFile(text, local, now, known);
  if (!prepared.result.ok) return prepared.result;
  const blobs = await decodeNewBlobs(prepared.fileBlobs);
  if (!blobs.ok) return blobs;
  return { ok: true, value: { ...prepared.result.value, newBlobs: blobs.value } };
}

/** The worker's warm-up: open the database (the code is loaded by now), so the first job need not. */
export async function warmWork(): Promise<void> {
  await db.open();
}
