// public/first-screen.js reads the board's first cards before the app has loaded. It must read exactly
// what the app's own first read gives, never create or block the database, and step aside for a
// schema the app does not expect.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../../src/domain/columns';
import { DB_NAME, db } from '../../src/storage/db';
import { BOOT_GLOBAL, liveByRank, takeBootRead } from '../../src/storage/firstScreenBoot';
import { URGENT_INDEX } from '../../src/storage/urgentKey';
import { FIRST_SCREEN_CARDS } from '../../src/domain/firstScreen';
import { readFirstScreen } from '../../src/storage/queries';
import { makeChannel, makeItem } from '../domain/fixtures';
import { resetDb } from './resetDb';

const script = readFileSync(path.join(process.cwd(), 'public/first-screen.js'), 'utf8');
const runBootScript = () => new Function(script)();
const holder = window as unknown as Record<string, unknown>;

beforeEach(resetDb);
afterEach(() => {
  delete holder[BOOT_GLOBAL];
  window.location.hash = '';
});

describe('the first screen read before the app loads', () => {
  it('keeps its constants in step with the app', () => {
    expect(script).toContain(`var DB_NAME = '${DB_NAME}';`);
    expect(script).toContain(`var COLUMNS = [${COLUMN_IDS.map((c) => `'${c}'`).join(', ')}];`);
    expect(script).toContain(`var CARDS = ${FIRST_SCREEN_CARDS};`);
    expect(script).toContain(`var URGENT_INDEX = '${URGENT_INDEX}';`);
  });

  it('reads the same first cards per column as the app, and the channels and members', async () => {
    const items = [];
    for (let i = 0; i < 40; i++)
      items.push(
        makeItem({ title: `Idee ${i}`, column: 'idee', rank: `a${String(39 - i).padStart(2, '0')}` }),
        makeItem(
          { title: `Entwurf ${i}`, column: 'entwurf', rank: `b${String(i).padStart(2, '0')}` },
          // Far below the first 25 by rank, yet first in the column: urgent.
          { urgent: i === 33 },
        ),
      );
    items.push(makeItem({ title: 'Veröffentlicht', column: 'veroeffentlicht', rank: 'a0' }));
    await db.items.bulkAdd(items);
    await db.channels.bulkAdd([
      makeChannel('ch-b', 1, { rank: 'b' }),
      makeChannel('ch-a', 2, { rank: 'a' }),
      makeChannel('ch-gone', 0, { rank: 'c', deleted: true }),
    ]);

    runBootScript();
    const read = await takeBootRead();
    expect(read).not.toBeNull();
    for (const column of COLUMN_IDS)
      expect(read!.columns[column] ?? []).toEqual(await readFirstScreen(column));
    expect(read!.columns.idee).toHaveLength(FIRST_SCREEN_CARDS);
    expect(read!.columns.idee![0]!.title).toBe('Idee 39');
    expect(read!.columns.entwurf!.map((i) => i.title).slice(0, 3)).toEqual([
      'Entwurf 33',
      'Entwurf 0',
      'Entwurf 1',
    ]);
    expect(liveByRank(read!.channels).map((c) => c.id)).toEqual(['ch-a', 'ch-b']);
    expect(read!.members).toEqual([]);
    // Taken once: the app's later reads go through Dexie.
    expect(await takeBootRead()).toBeNull();
  });

  it('never creates the database on a first visit', async () => {
    db.close();
    await db.delete();
    runBootScript();
    expect(await takeBootRead()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
    // Dexie then creates it with its schema as on any first visit.
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('items');
  });

  it('steps aside for a schema this build does not expect, and never blocks its upgrade', async () => {
    const newer = new Dexie(DB_NAME);
    db.close();
    newer.version(db.verno + 1).stores({ items: 'id, [column+rank], publishDate, updatedAt' });
    await newer.open();
    newer.close();
    runBootScript();
    expect(await takeBootRead()).toBeNull();

    // The boot connection closes for a version change instead of blocking it.
    const again = new Dexie(DB_NAME);
    again.version(db.verno + 2).stores({ items: 'id, [column+rank], publishDate, updatedAt' });
    runBootScript();
    await again.open();
    again.close();
    await takeBootRead();
    await db.delete();
  });

  it('reads nothing when the app opens on another view', async () => {
    window.location.hash = '#/kalender';
    runBootScript();
    expect(holder[BOOT_GLOBAL]).toBeUndefined();
    expect(await takeBootRead()).toBeNull();
  });
});
