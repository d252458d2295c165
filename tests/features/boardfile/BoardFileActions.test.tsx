import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../../src/boardfile/parse';
import { serializeBoardFile } from '../../../src/boardfile/serialize';
import { formatHlc } from '../../../src/domain/hlc';
import { applyItemEdit } from '../../../src/domain/items';
import { BoardFileActions } from '../../../src/features/boardfile/BoardFileActions';
import { db } from '../../../src/storage/db/db';
import { exportBoard, readBoardRecords } from '../../../src/storage/boardfile/boardFileCommands';
import { createItem, updateItem } from '../../../src/storage/items/itemCommands';
import { Toasts } from '../../../src/ui/Toasts';
import { resetDatabase } from '../editor/harness';

beforeEach(resetDatabase);

function renderActions() {
  render(
    <>
      <BoardFileActions />
      <Toasts />
    </>,
  );
}

const upload = (text: string, name = 'kollegin.redaktionsplan.json') =>
  userEvent.upload(
    screen.getByLabelText('Board-Datei wählen'),
    new File([text], name, { type: 'application/json' }),
  );

describe('Board importieren', () => {
  it('shows a preview with the conflict, merges on confirm and undoes in one click', async () => {
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    const shared = (await exportBoard('Pressestelle', new Date(), '2026-11-25')).text;
    const parsed = parseBoardFile(shared);
    if (!parsed.ok) throw new Error('export unreadable');
    const stamp = () => formatHlc({ millis: Date.now() + 60_000, counter: 0, node: 'kollegin' });
    const theirs = parsed.value.items.map((i) =>
      i.id === id ? applyItemEdit(i, { title: 'Wasserampel: Stufe Rot' }, Date.now(), stamp)! : i,
    );
    await updateItem(id, { title: 'Wasserampel: Stufe Gelb' });
    const mine = await readBoardRecords();

    renderActions();
    await upload(serializeBoardFile({ ...parsed.value, items: theirs }));
    const dialog = await screen.findByRole('dialog', { name: 'Board-Datei importieren' });
    expect(dialog).toHaveTextContent('1 geänderter Beitrag');
    expect(dialog).toHaveTextContent('1 Feld wurde auf beiden Seiten geändert');
    // Both versions, which one stays and why, and the item to open.
    expect(dialog).toHaveTextContent('HierWasserampel: Stufe GelbIn der DateiWasserampel: Stufe Rot');
    expect(dialog).toHaveTextContent('Stand aus der Datei gilt, weil sie die spätere Änderung ist');
    expect(within(dialog).getByRole('button', { name: '„Wasserampel: Stufe Rot“ öffnen' })).toBeEnabled();
    expect(dialog).toHaveTextContent('Titel: Stand aus der Datei gilt');
    expect((await db.items.get(id))!.title).toBe('Wasserampel: Stufe Gelb');

    await userEvent.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await waitFor(async () => expect((await db.items.get(id))!.title).toBe('Wasserampel: Stufe Rot'));
    await userEvent.click(await screen.findByRole('button', { name: 'Rückgängig' }));
    await waitFor(async () => expect(await readBoardRecords()).toEqual(mine));
  });

  it('says in the preview that edits from a clock in the future were limited to today', async () => {
    const id = await createItem({ title: 'Stadtfest', column: 'idee' });
    const parsed = parseBoardFile((await exportBoard('Pressestelle', new Date(), '2026-11-25')).text);
    if (!parsed.ok) throw new Error('export unreadable');
    let n = 0;
    const stamp = () =>
      formatHlc({ millis: Date.parse('2030-06-01T10:00:00Z'), counter: n++, node: 'b7e3a1c09d2f4e58' });
    const theirs = parsed.value.items.map((i) =>
      i.id === id ? applyItemEdit(i, { title: 'Stadtfest 2027', notes: 'Bühne' }, Date.now(), stamp)! : i,
    );
    renderActions();
    await upload(serializeBoardFile({ ...parsed.value, items: theirs }));
    const dialog = await screen.findByRole('dialog', { name: 'Board-Datei importieren' });
    expect(dialog).toHaveTextContent(
      '1 Änderung von Gerät b7e3a1c09d2f4e58 trägt einen Zeitstempel in der Zukunft (bis 01.06.2030) und wurde auf heute begrenzt',
    );
  });

  it.each([
    ['{"format":"redaktionsplan","formatVersion":3}', 'aus einer neueren Version von Redaktionsplan'],
    ['PK\u0003\u0004 das ist eine ZIP-Datei', 'keine Redaktionsplan-Datei'],
    ['{"format":"redaktionsplan","formatVersion":1,"items":[{"id":', 'unvollständig'],
    ['{"name":"Trello Board","cards":[]}', 'stammt nicht aus Redaktionsplan'],
  ])('refuses a bad file with a German message and writes nothing (%#)', async (text, message) => {
    await createItem({ title: 'Bleibt wie es ist', column: 'entwurf' });
    const before = await readBoardRecords();
    renderActions();
    await upload(text);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Es wurde nichts geändert.');
    expect(screen.queryByRole('button', { name: 'Zusammenführen' })).toBeNull();
    expect(await readBoardRecords()).toEqual(before);
    expect(await db.snapshots.count()).toBe(0);
  });
});
