// What a board-file job does, the same in the worker (boardFile.worker.ts) and inline (no workers):
// read the board, build or check the file, and for an import decode the attachment bytes it brings.
import { parseBoardFile } from '../../boardfile/parse';
import { prepareParsedFile, type PrepareResult } from '../../boardfile/prepare';
import { serializeBoardFileParts, toBoardFile } from '../../boardfile/serialize';
import { readBoardRecords, readLocalSeen, readStampClamps } from './boardRecords';
import { decodeNewBlobs, readFileBlobs } from '../attachments/fileBlobs';

export async function exportWork(job: {
  deviceId: string;
  exportedAt: number;
  boardName: string;
}): Promise<{ blob: Blob; itemCount: number }> {
  const [records, seen] = await Promise.all([readBoardRecords(), readLocalSeen()]);
  const blobs = await readFileBlobs(records);
  const stampClamps = await readStampClamps();
  const parts = serializeBoardFileParts(
    toBoardFile(
      records,
      {
        deviceId: job.deviceId,
        exportedAt: new Date(job.exportedAt),
        boardName: job.boardName,
        stampClamps,
        seen,
      },
      blobs,
    ),
  );
  return {
    blob: new Blob(parts, { type: 'application/json' }),
    itemCount: records.items.filter((i) => !i.deleted).length,
  };
}

/**
 * Read and parse the file while IndexedDB fetches the local board (its requests are issued first and
 * answered meanwhile): so on a large board most of the read is hidden behind the parse.
 */
export async function prepareWork(
  file: Blob,
  readText: () => Promise<string>,
  now: number,
): Promise<PrepareResult> {
  const reading = Promise.all([readBoardRecords(), readStampClamps(), readLocalSeen()]);
  // A refused or unreadable file leaves the read unawaited: its failure is not worth reporting then.
  reading.catch(() => {});
  const parsed = parseBoardFile(await readText(), file.size);
  if (!parsed.ok) return parsed;
  const [local, known, seen] = await reading;
  const prepared = prepareParsedFile(parsed.value, parsed.skipped, local, now, known, seen);
  if (!prepared.result.ok) return prepared.result;
  const blobs = await decodeNewBlobs(prepared.fileBlobs);
  if (!blobs.ok) return blobs;
  return { ok: true, value: { ...prepared.result.value, newBlobs: blobs.value } };
}
