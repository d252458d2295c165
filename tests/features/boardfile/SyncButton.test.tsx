// `Mit Datei synchronisieren` against a fake FileSystemFileHandle: the local board and the shared
// file both end up with the merge; fields edited on both sides are previewed first.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../../src/boardfile/parse';
import { serializeBoardFile } from '../../../src/boardfile/serialize';
import type { BoardFile } from '../../../src/boardfile/format';
import { formatHlc } from '../../../src/domain/hlc';
import { applyItemEdit } from '../../../src/domain/items';
import type { ItemEdit } from '../../../src/domain/types';
import { BoardFileActions } from '../../../src/features/boardfile/BoardFileActions';
import { rememberSyncFile, type SyncFileHandle } from '../../../src/features/boardfile/syncHandle';
import { db } from '../../../src/storage/db/db';
import { readFileText } from '../../../src/storage/boardfile/readFileText';
import { exportBoard, readBoardRecords } from '../../../src/storage/boardfile/boardFileCommands';
import { createItem, updateItem } from '../../../src/storage/items/itemCommands';
import { Toasts } from '../../../src/ui/Toasts';
import { resetDatabase } from '../editor/harness';

type Picker = () => Promise<SyncFileHandle[]>;
const win = window as unknown as { showOpenFilePicker?: Picker };

/** A file on the "network drive": getFile reads its current text, createWritable replaces it on close. */
function fakeHandle(initial: string, name = 'team.redaktionsplan.json') {
  const state = { text: initial, writes: 0, picked: 0 };
  const handle: SyncFileHandle = {
    name,
    getFile: async () => new File([state.text], name, { type: 'application/json' }),
    createWritable: async () => {
      const chunks: string[] = [];
      return {
        write: async (data: Blob | string) =>
          void chunks.push(typeof data === 'string' ? data : await readFileText(data)),
        close: async () => {
          state.text = chunks.join('');
          state.writes++;
        },
      };
    },
  };
  win.showOpenFilePicker = async () => {
    state.picked++;
    return [handle];
  };
  return state;
}

/** The shared file as a colleague's device left it: her edit of one item, stamped later than ours. */
async function colleaguesFile(id: string, edit: ItemEdit): Promise<string> {
  const parsed = parseBoardFile((await exportBoard('Team', new Date(), '2026-11-25')).text);
  if (!parsed.ok) throw new Error('export unreadable');
  const stamp = () => formatHlc({ millis: Date.now() + 60_000, counter: 0, node: 'kollegin' });
  const file: BoardFile = {
    ...parsed.value,
    items: parsed.value.items.map((i) => (i.id === id ? applyItemEdit(i, edit, Date.now(), stamp)! : i)),
  };
  return serializeBoardFile(file);
}

const itemsOf = (text: string) => {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) throw new Error(`written file unreadable: ${parsed.error.kind}`);
  return parsed.value.items;
};

beforeEach(resetDatabase);
afterEach(() => {
  delete win.showOpenFilePicker;
  rememberSyncFile(null);
});

const renderActions = () =>
  render(
    <>
      <BoardFileActions />
      <Toasts />
    </>,
  );
const syncButton = () => screen.getByRole('button', { name: 'Mit Datei synchronisieren' });

describe('Mit Datei synchronisieren', () => {
  it('merges the file into the board and writes the merged board back to the same file', async () => {
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    const file = fakeHandle(await colleaguesFile(id, { brief: 'Pegel steigt, Stufe Rot ab Montag' }));
    await updateItem(id, { title: 'Wasserampel steht auf Rot' });

    renderActions();
    await userEvent.click(syncButton());
    await screen.findByText(/Mit „team.redaktionsplan.json“ synchronisiert: 1 Beitrag übernommen/);

    const local = (await db.items.get(id))!;
    expect(local.title).toBe('Wasserampel steht auf Rot');
    expect(local.brief).toBe('Pegel steigt, Stufe Rot ab Montag');
    expect(file.writes).toBe(1);
    expect(itemsOf(file.text)).toEqual((await readBoardRecords()).items);
    expect(screen.queryByRole('dialog')).toBeNull();

    // The handle is remembered: the next sync asks for no file and finds nothing new.
    await userEvent.click(syncButton());
    await screen.findByText(/hier war schon alles aktuell/);
    expect(file.picked).toBe(1);
    expect(file.writes).toBe(2);
  });

  it('shows the linked file and unlinks it: the next sync asks for a file again', async () => {
    await createItem({ title: 'Wasserampel', column: 'idee' });
    const file = fakeHandle('');
    renderActions();
    await userEvent.click(syncButton());
    await screen.findByText(/Mit „team.redaktionsplan.json“ synchronisiert/);
    expect(screen.getByText('Verknüpft mit „team.redaktionsplan.json“')).toBeVisible();

    await userEvent.click(
      screen.getByRole('button', { name: 'Verknüpfung mit „team.redaktionsplan.json“ lösen' }),
    );
    await screen.findByText(/„team.redaktionsplan.json“ ist nicht mehr verknüpft/);
    expect(screen.queryByText('Verknüpft mit „team.redaktionsplan.json“')).toBeNull();
    await userEvent.click(syncButton());
    await waitFor(() => expect(file.picked).toBe(2));
  });

  it('shows the preview when both sides changed a field, and writes the file only after Zusammenführen', async () => {
    const id = await createItem({ title: 'Stadtfest', column: 'idee' });
    const file = fakeHandle(await colleaguesFile(id, { title: 'Stadtfest abgesagt' }));
    await updateItem(id, { title: 'Stadtfest verschoben' });
    const before = file.text;

    renderActions();
    await userEvent.click(syncButton());
    const dialog = await screen.findByRole('dialog', { name: 'Board-Datei importieren' });
    expect(dialog).toHaveTextContent('Titel: Stand aus der Datei gilt');
    expect(file.text).toBe(before);

    await userEvent.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await waitFor(() => expect(file.writes).toBe(1));
    expect((await db.items.get(id))!.title).toBe('Stadtfest abgesagt');
    expect(itemsOf(file.text)).toEqual((await readBoardRecords()).items);
  });

  it('shows the preview when records of the file cannot be read: writing back would drop them from it', async () => {
    const id = await createItem({ title: 'Wasserampel', column: 'idee' });
    const shared = JSON.parse(await colleaguesFile(id, { brief: 'Stufe Rot' })) as {
      items: Record<string, unknown>[];
    };
    shared.items.push({ ...shared.items[0]!, id: 'kaputt', publishDate: '2026-02-30' });
    const file = fakeHandle(JSON.stringify(shared));
    const before = file.text;

    renderActions();
    await userEvent.click(syncButton());
    const dialog = await screen.findByRole('dialog', { name: 'Board-Datei importieren' });
    expect(dialog).toHaveTextContent('1 Beitrag konnte nicht gelesen werden');
    expect(dialog).toHaveTextContent('(ID kaputt): Veröffentlichung ist ein Datum, das es nicht gibt');
    expect(dialog).toHaveTextContent('auch dort fehlen sie dann');
    expect(file.text).toBe(before);
    expect((await db.items.get(id))!.brief).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await waitFor(() => expect(file.writes).toBe(1));
    expect((await db.items.get(id))!.brief).toBe('Stufe Rot');
    expect(await db.items.get('kaputt')).toBeUndefined();
  });

  it('a bad shared file changes neither the board nor the file', async () => {
    await createItem({ title: 'Bleibt', column: 'entwurf' });
    const before = await readBoardRecords();
    const file = fakeHandle('{"name":"Trello Board","cards":[]}');
    renderActions();
    await userEvent.click(syncButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('stammt nicht aus Redaktionsplan');
    expect(file.writes).toBe(0);
    expect(await readBoardRecords()).toEqual(before);
  });

  it('is not offered where the browser has no File System Access API', () => {
    renderActions();
    expect(screen.getByRole('button', { name: 'Board importieren' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mit Datei synchronisieren' })).toBeNull();
  });
});
