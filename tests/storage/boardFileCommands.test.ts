import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBoardFile } from '../../src/boardfile/parse';
import { serializeBoardFile } from '../../src/boardfile/serialize';
import { formatHlc } from '../../src/domain/hlc';
import { applyItemEdit, setItemFlag } from '../../src/domain/items';
import { db } from '../../src/storage/db';
import {
  applyImport,
  exportBoard,
  prepareImport,
  readBoardRecords,
  restoreSnapshot,
} from '../../src/storage/boardFileCommands';
import { createItem, moveItemToColumn, updateItem } from '../../src/storage/itemCommands';
import { seedDefaults } from '../../src/storage/settingsCommands';
import { resetDb } from './resetDb';

beforeEach(resetDb);

const NOW = new Date('2026-11-25T09:00:00Z');
const exportText = async () => (await exportBoard('Pressestelle', NOW, '2026-11-25')).text;

async function importText(text: string) {
  const prepared = await prepareImport(text);
  if (!prepared.ok) throw new Error(prepared.error.kind);
  return { prepared: prepared.value, snapshotId: await applyImport(prepared.value) };
}

/** A colleague's copy: parse our export and edit it with her device's stamps, later than ours. */
function colleagueEdits(text: string, edit: (items: ReturnType<typeof parseItems>) => void): string {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) throw new Error('bad file');
  const items = parseItems(parsed.value);
  edit(items);
  return serializeBoardFile({ ...parsed.value, items: items.list, deviceId: 'bbbbbbbbbbbbbbbb' });
}
function parseItems(file: { items: import('../../src/domain/types').Item[] }) {
  let n = 0;
  const stamp = () => formatHlc({ millis: Date.now() + 60_000, counter: n++, node: 'bbbbbbbbbbbbbbbb' });
  const list = [...file.items];
  const byTitle = (title: string) => list.findIndex((i) => i.title === title);
  return {
    list,
    edit(title: string, edit: Parameters<typeof applyItemEdit>[1]) {
      const i = byTitle(title);
      list[i] = applyItemEdit(list[i]!, edit, Date.now(), stamp)!;
    },
    remove(title: string) {
      const i = byTitle(title);
      list[i] = setItemFlag(list[i]!, 'deleted', true, Date.now(), stamp);
    },
  };
}

describe('board file export and import', () => {
  it('export → import into an empty board reproduces the board exactly', async () => {
    await seedDefaults();
    await createItem({ title: 'Wasserampel', column: 'entwurf', channelIds: ['channel-instagram'] });
    await createItem({ title: '<b>Gasleck</b>', column: 'idee', urgent: true, publishDate: '2026-11-26' });
    const before = await readBoardRecords();
    const text = await exportText();
    await resetDb();
    await importText(text);
    const after = await readBoardRecords();
    const sort = <T extends { id: string }>(l: T[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sort(after.items)).toEqual(sort(before.items));
    expect(sort(after.channels)).toEqual(sort(before.channels));
  });

  it("merges a colleague's edits: her channels and deletion, my title and move; undo restores mine exactly", async () => {
    await seedDefaults();
    const id = await createItem({ title: 'Radweg Bahnhofstraße', column: 'idee' });
    await createItem({ title: 'Stadtfest', column: 'idee' });
    const shared = await exportText();

    // Colleague B: changes the channels of the card and deletes the other one.
    const fromB = colleagueEdits(shared, (items) => {
      items.edit('Radweg Bahnhofstraße', { channelIds: ['channel-facebook'] });
      items.remove('Stadtfest');
    });

    // Me (A), meanwhile: new title and a move.
    await updateItem(id, { title: 'Radweg Bahnhofstraße eröffnet' });
    await moveItemToColumn(id, 'entwurf');
    const mine = await readBoardRecords();

    const { prepared, snapshotId } = await importText(fromB);
    expect(prepared.preview.deletedItems).toBe(1);
    expect(prepared.preview.changedItems).toBe(1);
    const card = (await db.items.get(id))!;
    expect(card.title).toBe('Radweg Bahnhofstraße eröffnet');
    expect(card.column).toBe('entwurf');
    expect(card.channelIds).toEqual(['channel-facebook']);
    expect((await db.items.toArray()).find((i) => i.title === 'Stadtfest')!.deleted).toBe(true);

    await restoreSnapshot(snapshotId);
    expect(await readBoardRecords()).toEqual(mine);
  });

  it('reports a field both sides edited, and the later edit wins', async () => {
    const id = await createItem({ title: 'Podcast', column: 'idee' });
    const shared = await exportText();
    const fromB = colleagueEdits(shared, (items) => items.edit('Podcast', { title: 'Podcast Folge 12 (B)' }));
    await updateItem(id, { title: 'Podcast Folge 12 (A)' });
    const prepared = await prepareImport(fromB);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value.preview.conflicts).toEqual([
      expect.objectContaining({
        field: 'title',
        localValue: 'Podcast Folge 12 (A)',
        incomingValue: 'Podcast Folge 12 (B)',
        winner: 'incoming',
      }),
    ]);
  });

  it('after an import my next edit beats what I imported, even from a clock ahead of mine', async () => {
    const id = await createItem({ title: 'Kita', column: 'idee' });
    const shared = await exportText();
    const fromB = colleagueEdits(shared, (items) => items.edit('Kita', { notes: 'B' }));
    await importText(fromB);
    await updateItem(id, { notes: 'A danach' });
    const card = (await db.items.get(id))!;
    const imported = parseBoardFile(fromB);
    const theirs = imported.ok ? imported.value.items.find((i) => i.id === id)!.clocks.notes! : '';
    expect(card.clocks.notes! > theirs).toBe(true);
    expect(card.notes).toBe('A danach');
  });

  it('a bad file is refused before anything is written', async () => {
    await createItem({ title: 'Bleibt', column: 'idee' });
    const before = await readBoardRecords();
    const result = await prepareImport('{"format":"redaktionsplan","formatVersion":99}');
    expect(result).toEqual({ ok: false, error: { kind: 'tooNew', version: 99 } });
    expect(await readBoardRecords()).toEqual(before);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('attachments in the board file', () => {
  const fixture = () =>
    JSON.parse(
      readFileSync(path.join(process.cwd(), 'tests/boardfile/fixtures/v2.redaktionsplan.json'), 'utf8'),
    ) as { blobs: { base64: string }[]; items: { attachments: unknown[] }[] };

  it('imports attachment entries and their bytes, checked against the hash', async () => {
    const { prepared } = await importText(JSON.stringify(fixture()));
    expect(prepared.newBlobs.map((b) => b.hash)).toEqual([
      '976ce83d36442f90a0add4064b43dad8d20f067818f69c592b355aaf7c6c7b59',
    ]);
    expect(await db.blobs.count()).toBe(1);
    expect((await db.items.get('item-1'))!.attachments!.map((a) => a.name)).toEqual(['wasserampel.png']);
    // The same file again: bytes already stored are skipped.
    expect((await prepareImport(JSON.stringify(fixture()))).ok && (await db.blobs.count())).toBe(1);
    const again = await prepareImport(JSON.stringify(fixture()));
    expect(again.ok && again.value.newBlobs).toEqual([]);
  });

  it('refuses a file whose embedded bytes do not match their hash, writing nothing', async () => {
    const file = fixture();
    file.blobs[0]!.base64 = Buffer.from('ein anderes Bild').toString('base64');
    const result = await prepareImport(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: { kind: 'blobMismatch' } });
    expect(await db.items.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });
});
