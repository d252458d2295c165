// One sync against a shared board file: read it, merge it into the local board, write the merged
// board back to the same file. Everyone syncing against that file converges on the same board
// (merge is commutative, associative and idempotent). Fields edited on both sides, or records of the
// file that cannot be read, go through the usual import preview first; a clean merge is applied
// directly (and can be undone like an import).
import { MAX_FILE_BYTES } from '../../boardfile/format';
import type { ParseError } from '../../boardfile/parse';
import { isoDay } from '../../domain/dates';
import {
  applyImport,
  exportBoardFile,
  prepareImport,
  type PreparedImport,
} from '../../storage/boardfile/boardFileCommands';
import { BOARD_NAME } from './boardName';
import { readFileText } from '../../storage/boardfile/readFileText';
import type { SyncFileHandle } from './syncHandle';

export type SyncOutcome =
  | { kind: 'synced'; fileName: string; snapshotId: string | null; changedItems: number }
  | { kind: 'confirm'; fileName: string; prepared: PreparedImport }
  | { kind: 'error'; fileName: string; error: ParseError }
  | { kind: 'noPermission'; fileName: string };

/** Does writing this import change anything at all (items, channels, team, stand-ups)? */
function changesAnything({ writes }: PreparedImport): boolean {
  return (
    writes.items.length > 0 ||
    writes.channels.length > 0 ||
    writes.members.length > 0 ||
    writes.standups.length > 0
  );
}

async function mayWrite(handle: SyncFileHandle): Promise<boolean> {
  if (!handle.requestPermission) return true;
  if ((await handle.queryPermission?.({ mode: 'readwrite' })) === 'granted') return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** The local board (merged or not) replaces the file's content. */
export async function writeBoardToFile(handle: SyncFileHandle, now: Date): Promise<void> {
  // Serialised in the board-file worker; the file receives the Blob as it is.
  const { blob } = await exportBoardFile(BOARD_NAME, now, isoDay(now));
  const writable = await handle.createWritable();
  await writable.write(blob);
  await writable.close();
}

export async function syncWithFile(handle: SyncFileHandle, now: Date): Promise<SyncOutcome> {
  const fileName = handle.name;
  if (!(await mayWrite(handle))) return { kind: 'noPermission', fileName };
  const file = await handle.getFile();
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', fileName, error: { kind: 'tooLarge' } };
  let snapshotId: string | null = null;
  let changedItems = 0;
  // An empty file is a new shared file: it simply receives the board.
  const empty = file.size === 0 || (file.size < 64 && (await readFileText(file)).trim() === '');
  if (!empty) {
    const result = await prepareImport(file);
    if (!result.ok) return { kind: 'error', fileName, error: result.error };
    const { preview } = result.value;
    // Records of the file that could not be read are not merged, and writing the board back would
    // drop them from the shared file too: that, like a field changed on both sides, needs her yes.
    if (preview.conflicts.length > 0 || result.value.skipped.length > 0)
      return { kind: 'confirm', fileName, prepared: result.value };
    if (changesAnything(result.value)) {
      snapshotId = await applyImport(result.value);
      changedItems = preview.changedIds.size;
    }
  }
  await writeBoardToFile(handle, now);
  return { kind: 'synced', fileName, snapshotId, changedItems };
}
