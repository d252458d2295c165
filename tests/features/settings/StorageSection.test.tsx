import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageSection } from '../../../src/features/settings/StorageSection';
import { maybeBackup } from '../../../src/storage/backups/backups';
import { db } from '../../../src/storage/db/db';
import { createItem } from '../../../src/storage/items/itemCommands';
import { Toasts } from '../../../src/ui/Toasts';
import { resetDatabase } from '../editor/harness';

const DAY = 24 * 60 * 60 * 1000;

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

beforeEach(resetDatabase);
afterEach(() => {
  stubStorage(undefined);
  vi.restoreAllMocks();
});

function renderSection() {
  return render(
    <>
      <StorageSection />
      <Toasts />
    </>,
  );
}

const titles = async () =>
  (await db.items.toArray())
    .filter((i) => !i.deleted)
    .map((i) => i.title)
    .sort();

describe('Einstellungen › Speicher und Sicherungen', () => {
  it('shows the space used and asks for persistent storage on her click', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    stubStorage({
      estimate: () => Promise.resolve({ usage: 12_345_678, quota: 1_234_567_890 }),
      persisted: () => Promise.resolve(false),
      persist,
    });
    const user = userEvent.setup();
    renderSection();
    expect(await screen.findByText('Speicherplatz: 12,3 MB von 1,2 GB belegt')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Dauerhafte Speicherung: nicht erlaubt – der Browser darf die Daten bei Platzmangel löschen',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dauerhafte Speicherung anfordern' }));
    expect(await screen.findByText('Dauerhafte Speicherung: erlaubt')).toBeInTheDocument();
    expect(persist).toHaveBeenCalledOnce();
  });

  it('explains in German when the browser has no storage API', async () => {
    stubStorage(undefined);
    renderSection();
    expect(
      await screen.findByText('Dieser Browser zeigt nicht an, wie viel Speicherplatz das Board belegt.'),
    ).toBeInTheDocument();
  });

  it('reminds to export when never exported, and not after a recent export', async () => {
    await createItem({ title: 'Wasserampel', column: 'idee' });
    const { unmount } = renderSection();
    expect(await screen.findByText('Noch nie exportiert')).toBeInTheDocument();
    expect(
      screen.getByText(/Bitte exportieren Sie das Board als Datei \(noch nie exportiert\)/),
    ).toBeVisible();
    unmount();

    await db.meta.put({ key: 'lastExportAt', value: Date.now() - 10 * DAY });
    const second = renderSection();
    expect(await screen.findByText(/letzter Export vor 10 Tagen/)).toBeInTheDocument();
    second.unmount();

    await db.meta.put({ key: 'lastExportAt', value: Date.now() - DAY });
    renderSection();
    expect(await screen.findByText(/^Letzter Export: \d\d\.\d\d\.\d{4} \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.queryByText(/Bitte exportieren Sie/)).not.toBeInTheDocument();
  });

  it('lists backups and restores one after an inline confirm; the toast undoes it', async () => {
    const user = userEvent.setup();
    await createItem({ title: 'Bürgerfest', column: 'idee' });
    const backupAt = new Date(2026, 10, 20, 8, 30).getTime();
    await maybeBackup(backupAt);
    await createItem({ title: 'Gasleck', column: 'entwurf' });
    renderSection();

    const list = await screen.findByRole('list');
    const row = within(list).getByRole('listitem');
    expect(row).toHaveTextContent('20.11.2026 08:30');
    expect(row).toHaveTextContent('1 Beitrag');

    await user.click(within(row).getByRole('button', { name: 'Wiederherstellen (20.11.2026 08:30)' }));
    const question = within(row).getByRole('group', {
      name: 'Board auf den Stand vom 20.11.2026 08:30 zurücksetzen? Spätere Änderungen gehen verloren, der jetzige Stand wird vorher gesichert.',
    });
    expect(within(question).getByRole('button', { name: 'Ja, zurücksetzen' })).toHaveFocus();
    // Cancel leaves everything as it was.
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(await titles()).toEqual(['Bürgerfest', 'Gasleck']);

    await user.click(within(row).getByRole('button', { name: /Wiederherstellen/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, zurücksetzen' }));
    await waitFor(async () => expect(await titles()).toEqual(['Bürgerfest']));
    expect(
      await screen.findByText('Board auf den Stand vom 20.11.2026 08:30 zurückgesetzt.'),
    ).toBeInTheDocument();
    // The state before the restore is listed too.
    expect(await screen.findByText('Vor dem Wiederherstellen')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(async () => expect(await titles()).toEqual(['Bürgerfest', 'Gasleck']));
  });
});
