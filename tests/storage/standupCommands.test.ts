import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnId } from '../../src/domain/columns';
import { db } from '../../src/storage/db';
import { createItem, moveItemToColumn, updateItem } from '../../src/storage/itemCommands';
import {
  closeAbandonedStandup,
  endStandup,
  pauseStandup,
  readDraft,
  recordStandupDecision,
  saveStandupNotes,
  startStandup,
} from '../../src/storage/standupCommands';
import { readAgendaData, readPastStandups } from '../../src/storage/standupQueries';
import { clockSource } from '../../src/storage/write';
import { resetDb } from './resetDb';

let now = Date.parse('2026-11-25T08:00:00Z');
const realNow = clockSource.now;
beforeEach(async () => {
  await resetDb();
  now = Date.parse('2026-11-25T08:00:00Z');
  clockSource.now = () => now;
});
afterEach(() => {
  clockSource.now = realNow;
});

const moved = (itemId: string) => ({
  itemId,
  itemTitle: itemId,
  kind: 'rescheduled' as const,
  detail: 'auf 26.11.2026 verschoben',
});

describe('stand-up commands', () => {
  it('a started stand-up and its decisions survive a reload; ending saves one record', async () => {
    const draft = await startStandup('2026-11-25');
    now += 60_000;
    await recordStandupDecision(draft.id, moved('a'));
    await saveStandupNotes(draft.id, 'Notiz');
    // "Reload": everything is read back from the database; starting again continues the same one.
    expect((await readDraft())?.decisions).toHaveLength(1);
    expect((await startStandup('2026-11-25')).id).toBe(draft.id);
    now += 5 * 60_000;
    const record = await endStandup(draft.id, 'Notiz, ergänzt');
    expect(record).toMatchObject({ day: '2026-11-25', durationMs: 6 * 60_000, notes: 'Notiz, ergänzt' });
    expect(await readDraft()).toBeNull();
    expect((await readPastStandups()).map((r) => r.decisions.length)).toEqual([1]);
  });

  it('two tabs ending the same stand-up lose neither tab’s notes nor a late decision', async () => {
    const draft = await startStandup('2026-11-25');
    await recordStandupDecision(draft.id, moved('from A'));
    await endStandup(draft.id, 'Tab A');
    // Tab B still shows the stand-up: its decision and its end land in the saved record.
    now += 1000;
    await recordStandupDecision(draft.id, moved('from B'));
    await endStandup(draft.id, 'Tab B');
    const [record, ...others] = await readPastStandups();
    expect(others).toEqual([]);
    expect(record!.decisions.map((d) => d.itemId)).toEqual(['from A', 'from B']);
    expect(record!.notes).toBe('Tab A\n\nTab B');
  });

  it('a stand-up left running overnight is saved as of its last activity the next day', async () => {
    const draft = await startStandup('2026-11-25');
    now += 4 * 60_000;
    await pauseStandup(draft.id);
    now += 20 * 60 * 60_000;
    expect(await closeAbandonedStandup('2026-11-25')).toBeNull();
    const record = await closeAbandonedStandup('2026-11-26');
    expect(record).toMatchObject({
      id: draft.id,
      day: '2026-11-25',
      durationMs: 4 * 60_000,
      endedAutomatically: true,
    });
    expect(await readDraft()).toBeNull();
    // Starting on the new day begins a fresh stand-up.
    expect((await startStandup('2026-11-26')).id).not.toBe(draft.id);
  });
});

describe('agenda reads', () => {
  it('reads overdue open items, this week, the horizon and recent briefs, not the archive', async () => {
    const make = async (title: string, publishDate: string | null, column: ColumnId = 'entwurf') => {
      const id = await createItem({ title, column: 'idee', publishDate });
      if (column !== 'idee') await moveItemToColumn(id, column);
      return id;
    };
    await make('overdue years ago', '2021-01-04');
    await make('monday this week', '2026-11-23');
    await make('in horizon', '2026-11-30');
    await make('far away', '2027-06-01');
    const published = await make('old published', '2021-01-04');
    await moveItemToColumn(published, 'veroeffentlicht');
    now = Date.parse('2025-02-03T08:00:00Z');
    await moveItemToColumn(await make('brief of last year', null), 'themeninfo');
    now = Date.parse('2026-11-25T08:00:00Z');
    const brief = await make('brief without date', null);
    await moveItemToColumn(brief, 'themeninfo');
    await updateItem(brief, { brief: 'Text' });
    const { items } = await readAgendaData('2026-11-25', '2026-11-30', '2026-11-24');
    const titles = items.map((i) => i.title).sort();
    expect(titles).toEqual(['brief without date', 'in horizon', 'monday this week', 'overdue years ago']);
    expect(await db.items.count()).toBe(7);
  });
});
