import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { createItem, deleteItem, updateItem } from '../../../src/storage/items/itemCommands';
import { updateChannel } from '../../../src/storage/settings/settingsCommands';
import { defaultChannelId } from '../../../src/storage/settings/seedDefaults';
import { clockSource } from '../../../src/storage/db/write';
import { openEditor, renderEditor, resetDatabase } from './harness';

const INSTAGRAM = defaultChannelId('instagram');
const FACEBOOK = defaultChannelId('facebook');

let now = Date.UTC(2026, 10, 25, 9, 30);
beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 9, 30);
  vi.spyOn(clockSource, 'now').mockImplementation(() => now);
  await resetDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function seedItem(extra: Parameters<typeof createItem>[0] | object = {}) {
  return createItem({
    title: 'Wasserampel startet',
    brief: 'Trinkwasser sparen ab Juni',
    department: 'Stadtwerke',
    contact: 'Frau Beispiel',
    channelIds: [INSTAGRAM],
    publishDate: '2026-06-01',
    column: 'themeninfo',
    ...extra,
  });
}

const titleField = () => screen.getByLabelText('Titel');
const dialogClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('item editor dialog', () => {
  it('shows an existing item with its values, column and timestamps', async () => {
    const id = await seedItem();
    renderEditor();
    const dialog = await openEditor(id);

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('heading', { name: 'Beitrag bearbeiten' })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Beitrag bearbeiten' })).toBe(dialog);
    expect(titleField()).toHaveValue('Wasserampel startet');
    expect(screen.getByLabelText('Themeninfo')).toHaveValue('Trinkwasser sparen ab Juni');
    expect(screen.getByLabelText('Fachbereich')).toHaveValue('Stadtwerke');
    expect(screen.getByLabelText('Ansprechperson')).toHaveValue('Frau Beispiel');
    const channels = screen.getByRole('group', { name: 'Kanäle' });
    expect(within(channels).getByRole('checkbox', { name: 'Instagram' })).toBeChecked();
    expect(within(channels).getByRole('checkbox', { name: 'Facebook' })).not.toBeChecked();
    expect(screen.getByLabelText('Veröffentlichung')).toHaveValue('2026-06-01');
    expect(screen.getByLabelText('Zuständig')).toHaveDisplayValue('Niemand');
    expect(screen.getByRole('checkbox', { name: 'Dringend' })).not.toBeChecked();
    const checklist = screen.getByRole('group', { name: 'Checkliste' });
    for (const label of ['Text', 'Bild', 'Bildrechte geklärt', 'Freigabe Fachbereich'])
      expect(within(checklist).getByRole('checkbox', { name: label })).not.toBeChecked();
    expect(screen.getByText('Spalte: Themeninfo eingegangen')).toBeInTheDocument();
    // 09:30 UTC is 10:30 in Berlin; jsdom runs in the machine's zone, so match the shape.
    expect(screen.getByText(/^Erstellt am 25\.11\.2026, \d\d:30$/)).toBeInTheDocument();
    expect(screen.getByText(/^Zuletzt geändert am 25\.11\.2026, \d\d:30$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Löschen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archivieren' })).toBeInTheDocument();
  });

  it('saves only what changed: title, channels, date and one checklist entry', async () => {
    const id = await seedItem();
    const before = (await db.items.get(id))!;
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    now += 60_000;

    await user.clear(titleField());
    await user.type(titleField(), 'Wasserampel steht auf Gelb');
    await user.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    fireEvent.change(screen.getByLabelText('Veröffentlichung'), { target: { value: '2026-06-15' } });
    await user.click(screen.getByRole('checkbox', { name: 'Bild' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();

    const after = (await db.items.get(id))!;
    expect(after.title).toBe('Wasserampel steht auf Gelb');
    expect(after.channelIds).toEqual([INSTAGRAM, FACEBOOK]);
    expect(after.publishDate).toBe('2026-06-15');
    expect(after.brief).toBe(before.brief);
    expect(after.updatedAt).toBe(now);
    for (const field of ['title', 'channelIds', 'publishDate'] as const)
      expect(after.clocks[field]! > before.clocks[field]!).toBe(true);
    for (const field of [
      'brief',
      'department',
      'contact',
      'urgent',
      'notes',
      'assigneeId',
      'position',
    ] as const)
      expect(after.clocks[field]).toBe(before.clocks[field]);
    const entry = (label: string, item = after) => item.checklist.find((e) => e.label === label)!;
    expect(entry('Bild').done).toBe(true);
    expect(entry('Bild').clock > entry('Bild', before).clock).toBe(true);
    expect(entry('Text')).toEqual(entry('Text', before));
  });

  it("keeps a channel no board knows (from a colleague's file) as 'Unbekannter Kanal' and can remove it", async () => {
    const id = await seedItem({ channelIds: [INSTAGRAM, 'channel-stadtradio'], assigneeId: 'member-gone' });
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    const channels = screen.getByRole('group', { name: 'Kanäle' });
    expect(within(channels).getByRole('checkbox', { name: 'Unbekannter Kanal' })).toBeChecked();
    expect(screen.getByLabelText('Zuständig')).toHaveDisplayValue('Unbekannte Person');

    await user.type(titleField(), ' 2027');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    expect((await db.items.get(id))!).toMatchObject({
      title: 'Wasserampel startet 2027',
      channelIds: [INSTAGRAM, 'channel-stadtradio'],
      assigneeId: 'member-gone',
    });

    await openEditor(id);
    await user.click(
      within(screen.getByRole('group', { name: 'Kanäle' })).getByRole('checkbox', {
        name: 'Unbekannter Kanal',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    expect((await db.items.get(id))!.channelIds).toEqual([INSTAGRAM]);
  });

  it('adds and removes checklist entries; a removed entry stays as a tombstone', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Eintrag „Bild“ entfernen' }));
    expect(screen.queryByRole('checkbox', { name: 'Bild' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Neuer Eintrag'), 'Video schneiden{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Video schneiden' })).not.toBeChecked();
    expect(screen.getByRole('dialog')).toBeInTheDocument(); // Enter added, did not save
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();

    const { checklist } = (await db.items.get(id))!;
    expect(checklist.find((e) => e.label === 'Bild')).toMatchObject({ deleted: true });
    expect(checklist.find((e) => e.label === 'Video schneiden')).toMatchObject({
      deleted: false,
      done: false,
    });
    expect(checklist).toHaveLength(5);
  });

  it('refuses an empty title with a message at the field and keeps everything typed', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();

    await user.clear(titleField());
    await user.type(titleField(), '   ');
    await user.type(screen.getByLabelText('Notizen'), 'Foto von Herrn K. fehlt');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const message = screen.getByText('Bitte einen Titel eingeben.');
    expect(titleField()).toHaveAttribute('aria-invalid', 'true');
    expect(titleField()).toHaveAttribute('aria-describedby', message.id);
    expect(titleField()).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('Notizen')).toHaveValue('Foto von Herrn K. fehlt');
    expect((await db.items.get(id))!.title).toBe('Wasserampel startet');
  });

  it('stores HTML typed into the title verbatim and shows it as text', async () => {
    const id = await seedItem();
    const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    renderEditor();
    await openEditor(id);
    fireEvent.change(titleField(), { target: { value: html } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    expect((await db.items.get(id))!.title).toBe(html);

    await openEditor(id);
    expect(titleField()).toHaveValue(html);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Löschen' }));
    // The toast shows the (shortened) title as text: no element was created from it.
    expect(await screen.findByText(/^„<img src=x onerror/)).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a 10,000-character title and brief in full', async () => {
    const id = await seedItem();
    const longTitle = 'T'.repeat(10_000);
    const longBrief = 'Hintergrund '.repeat(834).slice(0, 10_000);
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.clear(titleField());
    await user.click(titleField());
    await user.paste(longTitle);
    await user.clear(screen.getByLabelText('Themeninfo'));
    await user.click(screen.getByLabelText('Themeninfo'));
    await user.paste(longBrief);
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();

    const saved = (await db.items.get(id))!;
    expect(saved.title).toHaveLength(10_000);
    expect(saved.brief).toBe(longBrief);
  });

  it('refuses an impossible date the browser could not parse', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const date = screen.getByLabelText('Veröffentlichung') as HTMLInputElement;
    // What Chromium reports for a typed 31.02.2026: empty value, badInput set.
    fireEvent.change(date, { target: { value: '' } });
    Object.defineProperty(date, 'validity', { value: { ...date.validity, badInput: true, valid: false } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Speichern' }));

    const message = screen.getByText('Bitte ein gültiges Datum eingeben.');
    expect(date).toHaveAttribute('aria-describedby', message.id);
    expect(date).toHaveFocus();
    expect((await db.items.get(id))!.publishDate).toBe('2026-06-01');
  });

  it('refuses a time without a date', async () => {
    const id = await seedItem({ publishDate: null });
    renderEditor();
    await openEditor(id);
    fireEvent.change(screen.getByLabelText(/^Uhrzeit/), { target: { value: '10:00' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByText(/Eine Uhrzeit geht nur mit Datum/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Uhrzeit/)).toHaveFocus();
    expect((await db.items.get(id))!.publishTime).toBeNull();
  });

  it('shows a German message when storage is full, keeps the input, and a retry saves', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    const put = vi
      .spyOn(db.items, 'put')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));

    await user.type(screen.getByLabelText('Notizen'), 'Wichtige Notiz');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Der Speicher des Browsers ist voll.');
    expect(screen.getByLabelText('Notizen')).toHaveValue('Wichtige Notiz');
    expect((await db.items.get(id))!.notes).toBe('');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    expect(put).toHaveBeenCalledTimes(2);
    expect((await db.items.get(id))!.notes).toBe('Wichtige Notiz');
  });

  it('deletes with a toast whose Rückgängig restores the item', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    await dialogClosed();
    expect((await db.items.get(id))!.deleted).toBe(true);

    expect(screen.getByText('„Wasserampel startet“ gelöscht')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(async () => expect((await db.items.get(id))!.deleted).toBe(false));
  });

  it('Ctrl+Z undoes a delete too', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    await dialogClosed();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect((await db.items.get(id))!.deleted).toBe(false));
  });

  it('archives with undo and then offers to take the item out of the archive', async () => {
    const id = await seedItem({ column: 'veroeffentlicht' });
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Archivieren' }));
    await dialogClosed();
    expect((await db.items.get(id))!.archived).toBe(true);
    expect(screen.getByText('„Wasserampel startet“ archiviert')).toBeInTheDocument();

    await openEditor(id);
    expect(screen.getByRole('button', { name: 'Aus dem Archiv holen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await dialogClosed();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect((await db.items.get(id))!.archived).toBe(false));
  });

  it('creates a new item at the top of Entwurf with the default checklist', async () => {
    const older = await seedItem({ column: 'entwurf' });
    renderEditor();
    const dialog = await openEditor('new:entwurf');
    expect(within(dialog).getByRole('heading', { name: 'Neuer Beitrag' })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Spalte' })).toHaveValue('entwurf');
    expect(screen.queryByRole('button', { name: 'Löschen' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(titleField(), 'Radweg Nord eröffnet');
    await user.click(screen.getByRole('checkbox', { name: 'Text' }));
    await user.click(screen.getByRole('checkbox', { name: 'Dringend' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();

    const created = (await db.items.toArray()).find((i) => i.title === 'Radweg Nord eröffnet')!;
    expect(created.column).toBe('entwurf');
    expect(created.urgent).toBe(true);
    expect(created.rank < (await db.items.get(older))!.rank).toBe(true);
    expect(created.checklist.map((e) => [e.label, e.done])).toEqual([
      ['Text', true],
      ['Bild', false],
      ['Bildrechte geklärt', false],
      ['Freigabe Fachbereich', false],
    ]);
  });

  it('asks before Escape throws away unsaved changes, and closes at once when nothing changed', async () => {
    const id = await seedItem();
    renderEditor();
    const opener = screen.getByRole('button', { name: 'Öffner' });
    opener.focus();
    await openEditor(id);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Fachbereich'), ' Ost');
    await user.keyboard('{Escape}');
    expect(screen.getByText('Ungespeicherte Änderungen verwerfen?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weiter bearbeiten' }));
    expect(screen.getByLabelText('Fachbereich')).toHaveValue('Stadtwerke Ost');

    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await user.click(screen.getByRole('button', { name: 'Verwerfen' }));
    await dialogClosed();
    expect((await db.items.get(id))!.department).toBe('Stadtwerke');
    expect(opener).toHaveFocus();

    await openEditor(id);
    await user.keyboard('{Escape}');
    await dialogClosed();
  });

  it('does not clobber her typing when the item changes elsewhere, and saves only her fields', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Notizen'), 'meine Notiz');

    await act(() => updateItem(id, { brief: 'Neuer Text aus dem anderen Tab', notes: 'fremd' }));
    expect(screen.getByLabelText('Notizen')).toHaveValue('meine Notiz');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    // Both changed the notes: her save is refused until she chooses; the brief (theirs only) is no question.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Beitrag wurde inzwischen in einem anderen Tab geändert: Notizen.',
    );
    const notes = within(screen.getByRole('group', { name: 'In einem anderen Tab geändert' })).getByRole(
      'group',
      { name: 'Notizen' },
    );
    expect(within(notes).getByRole('radio', { name: 'Meine behalten' })).toHaveFocus();
    await user.click(within(notes).getByRole('radio', { name: 'Übernehmen' }));
    expect(screen.getByLabelText('Notizen')).toHaveValue('fremd');
    await user.click(within(notes).getByRole('radio', { name: 'Meine behalten' }));
    expect(screen.getByLabelText('Notizen')).toHaveValue('meine Notiz');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await dialogClosed();

    const saved = (await db.items.get(id))!;
    expect(saved.notes).toBe('meine Notiz');
    expect(saved.brief).toBe('Neuer Text aus dem anderen Tab');
  });

  it('says so when the item is deleted elsewhere and keeps the form to copy from', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Notizen'), 'nicht verlieren');

    await act(() => deleteItem(id));
    expect(await screen.findByText(/Dieser Beitrag wurde inzwischen gelöscht\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Notizen')).toHaveValue('nicht verlieren');
    expect(screen.queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
  });

  it('shows a retired channel only on items that already carry it', async () => {
    const withTiktok = await seedItem({ channelIds: [defaultChannelId('tiktok')] });
    const without = await seedItem({ title: 'Ohne TikTok' });
    await updateChannel(defaultChannelId('tiktok'), { retired: true });
    renderEditor();

    await openEditor(withTiktok);
    expect(screen.getByRole('checkbox', { name: 'TikTok (stillgelegt)' })).toBeChecked();
    act(() => useViewStore.getState().closeEditor());
    await dialogClosed();

    await openEditor(without);
    expect(screen.queryByRole('checkbox', { name: /TikTok/ })).not.toBeInTheDocument();
  });

  it('asks before Löschen throws away unsaved input', async () => {
    const id = await seedItem();
    renderEditor();
    await openEditor(id);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Notizen'), 'halb fertig');
    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    expect(screen.getByText('Ungespeicherte Änderungen verwerfen?')).toBeInTheDocument();
    expect((await db.items.get(id))!.deleted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Verwerfen' }));
    await dialogClosed();
    expect((await db.items.get(id))!.deleted).toBe(true);
  });

  it('speaks English when the language is switched', async () => {
    const id = await seedItem();
    useViewStore.setState({ language: 'en' });
    renderEditor();
    const dialog = await openEditor(id);
    expect(within(dialog).getByRole('heading', { name: 'Edit item' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Wasserampel startet');
    expect(screen.getByRole('group', { name: 'Channels' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByText('Column: Brief received')).toBeInTheDocument();
  });
});
