// Reads of the stand-up view. The agenda needs only a small part of a five-year board, read through
// indexes instead of the whole table:
// - publishDate between the Monday of this week and the end of the Fehlt-noch horizon (Heute, Fehlt
//   noch, the week's channel cadence);
// - overdue: ids with publishDate before today (index keys only) ∩ ids in the four open columns
//   ([column+rank] keys only), then only those rows are read;
// - the "Themeninfo eingegangen" column for Neu.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, weekStart } from '../domain/calendarDays';
import type { ColumnId } from '../domain/columns';
import type { StandupDraft } from '../domain/standupSession';
import type { Item, StandupRecord } from '../domain/types';
import { db } from './db';
import { readDraft } from './standupCommands';

const OPEN_COLUMNS: readonly ColumnId[] = ['idee', 'themeninfo', 'entwurf', 'freigegeben'];

const columnRange = (column: ColumnId) =>
  db.items.where('[column+rank]').between([column, Dexie.minKey], [column, Dexie.maxKey]);

/** Every item the agenda of `today` can show (duplicates possible; the agenda counts each once). */
export async function readAgendaItems(today: string, horizonEnd: string): Promise<Item[]> {
  const from = weekStart(today);
  const weekEnd = addDays(from, 6);
  const to = horizonEnd > weekEnd ? horizonEnd : weekEnd;
  const [window, pastIds, openIds, briefs] = await Promise.all([
    db.items.where('publishDate').between(from, to, true, true).toArray(),
    db.items.where('publishDate').below(from).primaryKeys(),
    Promise.all(OPEN_COLUMNS.map((c) => columnRange(c).primaryKeys())),
    columnRange('themeninfo').toArray(),
  ]);
  const open = new Set(openIds.flat());
  const overdue = await db.items.bulkGet(pastIds.filter((id) => open.has(id)));
  return [...window, ...briefs, ...overdue.filter((i): i is Item => !!i)];
}

function isRecord(row: unknown): row is StandupRecord {
  const r = row as StandupRecord;
  return typeof r.startedAt === 'number' && typeof r.endedAt === 'number' && Array.isArray(r.decisions);
}

/** Saved (ended) stand-ups, newest first. */
export async function readPastStandups(): Promise<StandupRecord[]> {
  const rows = await db.standups.orderBy('day').reverse().toArray();
  return (rows as unknown[])
    .filter(isRecord)
    .filter((r) => !r.deleted && r.endedAt > 0)
    .sort((a, b) => b.startedAt - a.startedAt);
}

export function usePastStandups(): StandupRecord[] | undefined {
  return useLiveQuery(readPastStandups, []);
}

export function useStandupDraft(): StandupDraft | null | undefined {
  return useLiveQuery(readDraft, []);
}
