import { cleanup, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de as common } from '../../src/i18n/common';
import { useViewStore } from '../../src/state/viewStore';
import { db, DB_NAME } from '../../src/storage/db/db';
import { StorageProblemBanner } from '../../src/ui/StorageProblemBanner';
import { resetDb } from '../storage/resetDb';

beforeEach(async () => {
  await resetDb();
  useViewStore.setState({ language: 'de' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('StorageProblemBanner', () => {
  it('says nothing when the database opens', async () => {
    render(<StorageProblemBanner />);
    await db.open();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains in German when the database cannot be opened (e.g. private mode)', async () => {
    vi.spyOn(db, 'open').mockRejectedValueOnce(
      Object.assign(new Error('no idb'), { name: 'MissingAPIError' }),
    );
    render(<StorageProblemBanner />);
    expect(await screen.findByRole('alert')).toHaveTextContent(common.storageError.unavailable);
  });

  it('closes and asks for a reload when another tab opens a newer version', async () => {
    render(<StorageProblemBanner />);
    await db.open();
    const newer = new Dexie(DB_NAME);
    newer.version(2).stores({ items: 'id', extra: 'id' });
    await newer.open(); // would be blocked forever if this tab kept its connection open
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Eine neuere Version wurde in einem anderen Tab geöffnet. Bitte laden Sie die Seite neu.',
    );
    expect(db.isOpen()).toBe(false);
    newer.close();
    await newer.delete();
  });
});
