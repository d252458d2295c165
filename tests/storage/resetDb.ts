// Fresh, empty database for each storage test (fake-indexeddb lives in memory).
import { db } from '../../src/storage/db/db';

export async function resetDb(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}
