import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetSyncFileHandle,
  loadSyncFileHandle,
  saveSyncFileHandle,
} from '../../../src/storage/boardfile/syncFileCommands';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

describe('the linked sync file', () => {
  it('is stored in the database, so it is still linked after a reload, until it is unlinked', async () => {
    // Chromium's FileSystemFileHandle is structured-clonable; a plain object stands in for it here.
    const handle = { kind: 'file', name: 'team.redaktionsplan.json' };
    expect(await saveSyncFileHandle(handle)).toBe(true);
    expect(await loadSyncFileHandle()).toEqual(handle);
    await forgetSyncFileHandle();
    expect(await loadSyncFileHandle()).toBeUndefined();
  });

  it('a handle the browser cannot store is refused quietly (it then lasts for the session)', async () => {
    const handle = { name: 'team.redaktionsplan.json', getFile: async () => new Blob([]) };
    expect(await saveSyncFileHandle(handle)).toBe(false);
    expect(await loadSyncFileHandle()).toBeUndefined();
  });
});
