// Reads of the stand-up view. The agenda needs only a small part of a five-year board, read through
// indexes instead of the whole table:
// - publishDate between the Monday of this week and the end of the Fehlt-noch horizon (Heute, Fehlt
//   noch, the week's channel cadence);
// - overdue: ids with publishDate before this week (index keys only) ∩ ids in the four open columns
//   ([column+rank] keys only), then only those rows are read;
// - for Neu: items changed since shortly before the last stand-up (updatedAt index), of which the
//   agenda keeps the briefs that arrived since; a brief's arrival (its position clock) is never later
//   than its last change by more than the clock drift a merge allows.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, weekStart } from '../../domain/calendarDays';
import type { ColumnId } from '../../domain/columns';
import { MAX_DRIFT_MS } from '../../domain/hlc';
import type { StandupDraft } from '../../domain/standupSession';
import type { Item, StandupRecord } from '../../domain/types';
import { db } from '../db/db';
import { readDraft } from './standupCommands';

const DAY_MS = 86_400_000;
const OPEN_COLUMNS: readonly ColumnId[] = ['idee', 'themeninfo', 'entwurf', 'freigegeben'];

/** A day and a bit before `day` 00:00 UTC: earlier than that day's midnight in Berlin, whatever the season. */
const safelyBefore = (day: string) => Date.parse(`${day}T00:00:00Z`) - DAY_MS;

/**
 * Ids of open items dated before `from`: past dates ∩ open columns, index keys only. Read through
 * Dexie so the live query observes exactly these ranges. (Reading them on the native connection
 * skips some of Dexie's bookkeeping per open, but goes around Dexie's open/close handling: not
 * worth a stand-up that might not load.)
 */
async function readPastOpenIds(from: string): Promise<string[]> {
  const [pastIds, openIds] = await Promise.all([
    db.items.where('publishDate').below(from).primaryKeys(),
    Promise.all(
      OPEN_COLUMNS.map((c) =>
        db.items.where('[column+rank]').between([c, Dexie.minKey], [c, Dexie.maxKey]).primaryKeys(),
      ),
    ),
  ]);
  const open = new Set(openIds.flat());
  return pastIds.filter((id) => open.has(id));
}

export interface AgendaData {
  /** Every item the agenda can show (duplicates possible; the agenda counts each once). */
  items: Item[];
  lastStandup: StandupRecord | null;
}

/**
 * What the agenda of `today` needs. `previousWorkingDay` bounds Neu when there is no earlier
 * stand-up (the agenda's assumption).
 */
export async function readAgendaData(
  today: string,
  horizonEnd: string,
  previousWorkingDay: string,
): Promise<AgendaData> {
  performance.mark('agenda-read-start');
  const from = weekStart(today);
  const weekEnd = addDays(from, 6);
  const to = horizonEnd > weekEnd ? horizonEnd : weekEnd;
  const [window, overdueIds, lastStandup] = await Promise.all([
    db.items.where('publishDate').between(from, to, true, true).toArray(),
    readPastOpenIds(from),
    readPastStandups().then((all) => all[0] ?? null),
  ]);
  const since = (lastStandup ? lastStandup.startedAt : safelyBefore(previousWorkingDay)) - MAX_DRIFT_MS;
  const [changed, overdue] = await Promise.all([
    db.items.where('updatedAt').above(since).toArray(),
    db.items.bulkGet(overdueIds),
  ]);
  performance.mark('agenda-read-done');
  const briefs = changed.filter((i) => i.column === 'themeninfo');
  return { items: [...window, ...briefs, ...overdue.filter((i): i is Item => !!i)], lastStandup };
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
