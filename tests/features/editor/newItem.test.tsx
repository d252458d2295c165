// A new item's editor (issue 16): it starts in the column it was opened from and can be put in
// another with `Spalte`; Enter on a checkbox never submits the form.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { openEditor, renderEditor, resetDatabase } from './harness';

// jsdom's File cannot hand out its bytes: the check, hash and thumbnail (the worker's part, tested
// on its own and end to end) are stood in for here.
vi.mock('../../../src/features/attachments/workerClient', () => ({
  prepareInWorker: async (file: File) =>
    file.size === 0
      ? { ok: false, reason: 'empty' }
      : { ok: true, type: 'application/pdf', hash: `hash-${file.name}`, size: file.size, thumb: null },
}));

beforeEach(async () => {
  await resetDatabase();
});

const dialogClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('new item editor', () => {
  it('offers `Spalte` with the five columns, set to the column it was started from', async () => {
    renderEditor();
    const dialog = await openEditor('new:themeninfo');
    const column = within(dialog).getByRole('combobox', { name: 'Spalte' });
    expect(column).toHaveValue('themeninfo');
    expect(
      within(column)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Idee', 'Themeninfo eingegangen', 'Entwurf', 'Freigegeben', 'Veröffentlicht']);
  });

  it('creates the item in the column chosen in `Spalte`', async () => {
    renderEditor();
    const dialog = await openEditor('new:idee');
    const user = userEvent.setup();
    expect(within(dialog).getByRole('combobox', { name: 'Spalte' })).toHaveValue('idee');
    await user.type(within(dialog).getByLabelText('Titel'), 'Gasleck Bahnhofstraße');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Spalte' }), 'Entwurf');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    const [created] = await db.items.toArray();
    expect(created!.column).toBe('entwurf');
  });

  it('does not submit the form on Enter on `Dringend`; Space toggles it', async () => {
    renderEditor();
    const dialog = await openEditor('new:idee');
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Titel'), 'Geldautomat gesprengt');
    const urgent = within(dialog).getByRole('checkbox', { name: 'Dringend' });
    urgent.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(await db.items.count()).toBe(0);
    await user.keyboard(' ');
    expect(urgent).toBeChecked();
    await user.keyboard('{Enter}');
    expect(await db.items.count()).toBe(0);
    expect(urgent).toBeChecked();
  });
});

const pdf = (name: string, body = 'Programm') =>
  new File([`%PDF-1.4\n${body}\n%%EOF\n`], name, { type: 'application/pdf' });

async function attachIn(dialog: HTMLElement, files: File[]) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.setup().upload(input, files);
}

describe('attaching before the first save', () => {
  it('offers `Datei anhängen` in a new item; Abbrechen leaves no blob behind', async () => {
    renderEditor();
    const dialog = await openEditor('new:themeninfo');
    const user = userEvent.setup();
    expect(await within(dialog).findByRole('button', { name: 'Datei anhängen' })).toBeEnabled();
    await attachIn(dialog, [pdf('programm.pdf')]);
    expect(await within(dialog).findByText('programm.pdf')).toBeInTheDocument();
    expect(await db.blobs.count()).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    // A file in the form is unsaved input: closing asks first.
    await user.click(await screen.findByRole('button', { name: 'Verwerfen' }));
    await dialogClosed();
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.thumbs.count()).toBe(0);
  });

  it('saves the files with the new item', async () => {
    renderEditor();
    const dialog = await openEditor('new:themeninfo');
    const user = userEvent.setup();
    await within(dialog).findByRole('button', { name: 'Datei anhängen' });
    await user.type(within(dialog).getByLabelText('Titel'), 'Weihnachtsmarkt');
    await attachIn(dialog, [pdf('programm.pdf')]);
    await within(dialog).findByText('programm.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    const [created] = await db.items.toArray();
    expect((created!.attachments ?? []).map((a) => a.name)).toEqual(['programm.pdf']);
    expect(await db.blobs.count()).toBe(1);
  });

  it('shows a refused file’s message right below Datei anhängen, where she chose it', async () => {
    renderEditor();
    const dialog = await openEditor('new:idee');
    const button = await within(dialog).findByRole('button', { name: 'Datei anhängen' });
    await attachIn(dialog, [new File([''], 'leer.pdf', { type: 'application/pdf' })]);
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('„leer.pdf“: Die Datei ist leer'));
    expect(status.previousElementSibling).toContainElement(button);
    expect(status.closest('footer')).toBeNull();
  });
});
