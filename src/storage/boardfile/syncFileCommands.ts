// The file chosen for `Mit Datei synchronisieren`, kept in the meta table: Chromium can store a
// FileSystemFileHandle in IndexedDB (structured clone), so after a reload a sync needs only the
// browser's permission prompt (on her click), not choosing the file on the network drive again.
import { db } from '../db/db';
import { write } from '../db/write';

const SYNC_FILE_KEY = 'syncFileHandle';

/** Stores the handle; false when this browser cannot store it (then it lasts for the session only). */
export async function saveSyncFileHandle(handle: object): Promise<boolean> {
  try {
    await write([], async () => {
      await db.meta.put({ key: SYNC_FILE_KEY, value: handle });
    });
    return true;
  } catch {
    // DataCloneError: a handle that cannot be stored (older browsers, test doubles).
    return false;
  }
}

export async function loadSyncFileHandle(): Promise<unknown> {
  return (await db.meta.get(SYNC_FILE_KEY))?.value;
}

export async function forgetSyncFileHandle(): Promise<void> {
  await write([], async () => {
    await db.meta.delete(SYNC_FILE_KEY);
  });
}
