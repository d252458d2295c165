import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBoardFile } from '../../../src/boardfile/parse';
import { serializeBoardFile } from '../../../src/boardfile/serialize';
import { clampFutureStamps } from '../../../src/boardfile/skew';
import { formatHlc } from '../../../src/domain/hlc';
import { applyItemEdit, setItemFlag } from '../../../src/domain/items';
import { db } from '../../../src/storage/db/db';
import {
  applyImport,
  exportBoard,
  prepareImport,
  readBoardRecords,
  restoreSnapshot,
} from '../../../src/storage/boardfile/boardFileCommands';
import { createItem, moveItem, updateItem } from '../../../src/storage/items/itemCommands';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { clockSource } from '../../../src/storage/db/write';
import { restoreBackup } from '../../../src/storage/backups/backups';
import { listSnapshots } from '../../../src/storage/backups/snapshotIndex';
import { makeItem, makeStandup } from '../../domain/fixtures';
import { resetDb } from '../resetDb';

beforeEach(resetDb);
afterEach(() => vi.restoreAllMocks());

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
function parseItems(file: { items: import('../../../src/domain/types').Item[] }) {
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
    await moveItem(id, { column: 'entwurf', at: 'top' });
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

  it('lists exactly the field both changed since the last exchange, not one only she changed (issue 15, 1)', async () => {
    const x = await createItem({ title: 'Wasserampel', column: 'idee' });
    const y = await createItem({ title: 'Stadtfest', column: 'idee' });
    // My own edit of X before the exchange: she has it, so her later edit of X simply follows it.
    await updateItem(x, { brief: 'Fachbereich Umwelt meldet' });
    const shared = await exportText();
    const fromB = colleagueEdits(shared, (items) => {
      items.edit('Wasserampel', { brief: 'Themeninfo von B' });
      items.edit('Stadtfest', { title: 'Stadtfest (B)' });
    });
    await updateItem(y, { title: 'Stadtfest (A)' });
    const prepared = await prepareImport(fromB);
    if (!prepared.ok) throw new Error(prepared.error.kind);
    expect(prepared.value.preview.conflicts).toEqual([
      expect.objectContaining({
        itemId: y,
        field: 'title',
        localValue: 'Stadtfest (A)',
        incomingValue: 'Stadtfest (B)',
        winner: 'incoming', // her edit is stamped later (colleagueEdits)
      }),
    ]);
    await applyImport(prepared.value);
    // After the exchange she has mine and I have hers: my next edit of the title is no clash.
    await updateItem(y, { title: 'Stadtfest 2027' });
    const again = await prepareImport(fromB);
    if (!again.ok) throw new Error(again.error.kind);
    expect(again.value.preview.conflicts).toEqual([]);
  });

  it('names her edit that loses to my later one, though the import changes nothing there', async () => {
    const y = await createItem({ title: 'Stadtfest', column: 'idee' });
    const shared = await exportText();
    const fromB = colleagueEdits(shared, (items) => items.edit('Stadtfest', { title: 'Stadtfest (B)' }));
    // Mine is later than hers (colleagueEdits stamps a minute ahead of now).
    vi.spyOn(clockSource, 'now').mockReturnValue(Date.now() + 120_000);
    await updateItem(y, { title: 'Stadtfest (A)' });
    const prepared = await prepareImport(fromB);
    if (!prepared.ok) throw new Error(prepared.error.kind);
    expect(prepared.value.preview.unchangedItems).toBe(1);
    expect(prepared.value.preview.conflicts).toEqual([
      expect.objectContaining({ itemId: y, field: 'title', incomingValue: 'Stadtfest (B)', winner: 'local' }),
    ]);
  });

  it('undoing an import forgets what it brought: the same clash is named again', async () => {
    const y = await createItem({ title: 'Stadtfest', column: 'idee' });
    const shared = await exportText();
    const fromB = colleagueEdits(shared, (items) => items.edit('Stadtfest', { title: 'Stadtfest (B)' }));
    await updateItem(y, { title: 'Stadtfest (A)' });
    const { prepared, snapshotId } = await importText(fromB);
    expect(prepared.preview.conflicts).toHaveLength(1);
    await restoreSnapshot(snapshotId);
    const again = await prepareImport(fromB);
    if (!again.ok) throw new Error(again.error.kind);
    expect(again.value.preview.conflicts).toHaveLength(1);
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

  it('re-keys two cards that land on the same key, and importing the same file again changes nothing', async () => {
    const id = await createItem({ title: 'Meins', column: 'entwurf' });
    const parsed = parseBoardFile(await exportText());
    if (!parsed.ok) throw new Error('bad file');
    // A colleague's new card at exactly my card's place (both put theirs "at the end" of Entwurf).
    const mine = parsed.value.items.find((i) => i.id === id)!;
    const theirs = { ...mine, id: '00000000-colleague', title: 'Ihrs' };
    const file = serializeBoardFile({ ...parsed.value, items: [mine, theirs] });
    const { prepared } = await importText(file);
    // Hers has the smaller id and keeps the key; mine only gets a new key: not a change by her.
    expect(prepared.preview.changedItems).toBe(0);
    expect(prepared.preview.rekeyedItems).toBe(1);
    expect(prepared.preview.newItems).toBe(1);
    const [a, b] = await db.items.bulkGet([id, theirs.id]);
    expect(a!.column).toBe(b!.column);
    expect(a!.rank).not.toBe(b!.rank);
    expect(b!.rank < a!.rank).toBe(true);
    const again = await prepareImport(file);
    expect(again.ok && again.value.preview.changedIds.size).toBe(0);
  });

  it("a colleague's clock years ahead: her edit is clamped to today, my later edit beats it, re-import keeps mine", async () => {
    let now = NOW.getTime();
    vi.spyOn(clockSource, 'now').mockImplementation(() => now);
    const id = await createItem({ title: 'Kita-Anmeldung', column: 'idee' });
    const parsed = parseBoardFile(await exportText());
    if (!parsed.ok) throw new Error('bad file');
    const year2030 = () =>
      formatHlc({ millis: Date.parse('2030-06-01T00:00:00Z'), counter: 0, node: 'kollegin' });
    const items = parsed.value.items.map((i) =>
      i.id === id ? applyItemEdit(i, { notes: 'aus der Zukunft' }, now, year2030)! : i,
    );
    const file = serializeBoardFile({ ...parsed.value, items });

    const { prepared } = await importText(file);
    expect(prepared.skewed).toEqual([
      { device: 'kollegin', count: 1, latest: Date.parse('2030-06-01T00:00:00Z') },
    ]);
    expect((await db.items.get(id))!.notes).toBe('aus der Zukunft');

    now += 60_000;
    await updateItem(id, { notes: 'meine spätere Notiz' });
    expect((await db.items.get(id))!.notes).toBe('meine spätere Notiz');

    // The same file again, two days later: the old edit must not win a second time.
    now += 2 * 24 * 60 * 60 * 1000;
    const again = await prepareImport(file);
    expect(again.ok && again.value.preview.changedIds.size).toBe(0);
    expect(again.ok && again.value.skewed).toEqual([]);
    if (again.ok) await applyImport(again.value);
    expect((await db.items.get(id))!.notes).toBe('meine spätere Notiz');
  });

  it('the laptop a year ahead reads its own stamps through the clamps a colleague sends back, so her later edit wins there too', async () => {
    const ahead = NOW.getTime() + 365 * 24 * 60 * 60 * 1000;
    vi.spyOn(clockSource, 'now').mockImplementation(() => ahead);
    const id = await createItem({ title: 'Kita-Anmeldung', column: 'idee' });
    await updateItem(id, { notes: 'aus der Zukunft' });
    const mine = parseBoardFile(await exportText());
    if (!mine.ok) throw new Error('bad file');

    // The colleague imports it today (clamped), then changes the notes a minute later and exports.
    const clamped = clampFutureStamps(mine.value, NOW.getTime(), {});
    let n = 0;
    const later = () => formatHlc({ millis: NOW.getTime() + 60_000, counter: n++, node: 'kollegin' });
    const items = clamped.records.items.map((i) =>
      i.id === id ? applyItemEdit(i, { notes: 'ihre spätere Notiz' }, NOW.getTime(), later)! : i,
    );
    const theirs = serializeBoardFile({
      ...mine.value,
      items,
      stampClamps: clamped.newClamps,
      deviceId: 'kollegin',
    });

    await importText(theirs);
    const item = (await db.items.get(id))!;
    expect(item.notes).toBe('ihre spätere Notiz');
    // Its other stamps are the team's clamps now, not its own year.
    expect(item.clocks.title).toBe(clamped.records.items.find((i) => i.id === id)!.clocks.title);
    // And it passes the clamps on, so a third laptop reads them the same way.
    const again = parseBoardFile(await exportText());
    expect(again.ok && again.value.stampClamps).toEqual(clamped.newClamps);
  });

  it('an item naming a channel and an assignee nobody knows keeps them and its other data; the channel heals later', async () => {
    await seedDefaults();
    const parsed = parseBoardFile(await exportText());
    if (!parsed.ok) throw new Error('bad file');
    const item = makeItem(
      {
        title: 'Podcast Folge 13',
        brief: 'Gast: Bürgermeisterin',
        channelIds: ['channel-instagram', 'channel-stadtradio'],
      },
      { id: 'item-podcast', assigneeId: 'member-nobody-knows' },
    );
    const file = serializeBoardFile({ ...parsed.value, items: [...parsed.value.items, item] });

    const { prepared } = await importText(file);
    expect(prepared.preview.dangling).toEqual({ channels: 1, members: 1 });
    const stored = (await db.items.get('item-podcast'))!;
    expect(stored).toEqual(item);

    // The colleague's next file brings the channel: the reference resolves, nothing else changes.
    const podcast = { ...parsed.value.channels[0]!, id: 'channel-stadtradio', name: 'Stadtradio' };
    const healed = serializeBoardFile({
      ...parsed.value,
      channels: [...parsed.value.channels, podcast],
      items: [item],
    });
    const again = await importText(healed);
    expect(again.prepared.preview.dangling).toEqual({ channels: 0, members: 1 });
    expect((await db.channels.get('channel-stadtradio'))!.name).toBe('Stadtradio');
    expect((await db.items.get('item-podcast'))!.channelIds).toEqual([
      'channel-instagram',
      'channel-stadtradio',
    ]);
  });

  it('stand-up records travel in the file: a new one arrives, a later deletion wins, undo brings mine back', async () => {
    const at = (ms: number, node: string) => formatHlc({ millis: NOW.getTime() + ms, counter: 0, node });
    const mine = makeStandup('standup-mo', at(-60_000, 'aaaa'), { notes: 'Montag' });
    await db.standups.put({ ...mine });
    const parsed = parseBoardFile(await exportText());
    if (!parsed.ok) throw new Error('bad file');
    expect(parsed.value.standups).toEqual([mine]);

    const hers = makeStandup('standup-di', at(1000, 'bbbb'), { day: '2026-11-24', notes: 'Dienstag' });
    const deleted = { ...mine, deleted: true, clock: at(2000, 'bbbb') };
    const file = serializeBoardFile({ ...parsed.value, standups: [deleted, hers] });
    const before = await readBoardRecords();
    const { prepared, snapshotId } = await importText(file);
    expect(prepared.preview.standups).toEqual({ newRecords: 1, changedRecords: 1 });
    expect(await db.standups.get('standup-di')).toEqual(hers);
    expect((await db.standups.get('standup-mo'))!.deleted).toBe(true);

    await restoreSnapshot(snapshotId);
    expect(await readBoardRecords()).toEqual(before);
    expect(await db.standups.get('standup-di')).toBeUndefined();
  });

  it('keeps the undo snapshot in pages of their own rows, listed with its item count and restorable from Einstellungen', async () => {
    await seedDefaults();
    for (const title of ['Stadtfest', 'Gasleck', 'Wasserampel']) await createItem({ title, column: 'idee' });
    const mine = await readBoardRecords();
    const fromB = colleagueEdits(await exportText(), (items) => items.remove('Gasleck'));
    const { snapshotId } = await importText(fromB);
    const row = (await db.snapshots.get(snapshotId))!;
    expect(row.data).toMatchObject({ paged: 1, pages: 1, liveItems: 3 });
    expect((await db.snapshotPages.get([snapshotId, 0]))!.items).toHaveLength(3);
    expect((await listSnapshots()).find((s) => s.id === snapshotId)).toMatchObject({ itemCount: 3 });
    await restoreBackup(snapshotId);
    expect(await readBoardRecords()).toEqual(mine);
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
