// Commands of the daily stand-up. The running stand-up is a draft in the meta table (this device
// only: a half-finished stand-up is nobody else's business and never goes into an exported file);
// ending it writes a StandupRecord into `standups`, stamped with an HLC clock (whole record wins).
//
// Two tabs share the one draft (same id), and every decision is written to it as it is taken, so a
// reload or a second tab never loses one. Ending merges into an already-saved record of the same id in
// the same transaction, so two tabs ending the same stand-up keep both tabs' notes and decisions.
import {
  addDecision,
  endAbandoned,
  finishDraft,
  isAbandoned,
  mergeEndedRecords,
  newDraft,
  pauseDraft,
  resumeDraft,
  setNotes,
  type StandupDraft,
} from '../../domain/standupSession';
import type { StandupDecision, StandupRecord } from '../../domain/types';
import { db, type StandupRow } from '../db/db';
import { write, type WriteContext } from '../db/write';

export const DRAFT_KEY = 'standupDraft';

function isDraft(value: unknown): value is StandupDraft {
  const d = value as StandupDraft | undefined;
  return (
    !!d &&
    typeof d.id === 'string' &&
    typeof d.day === 'string' &&
    typeof d.startedAt === 'number' &&
    typeof d.accumulatedMs === 'number' &&
    Array.isArray(d.decisions)
  );
}

export async function readDraft(): Promise<StandupDraft | null> {
  const value = (await db.meta.get(DRAFT_KEY))?.value;
  return isDraft(value) ? value : null;
}

const putDraft = (draft: StandupDraft) => db.meta.put({ key: DRAFT_KEY, value: draft });
/** Records are stored as they are typed; the table's row type only knows the indexed fields. */
const putRecord = (record: StandupRecord) => db.standups.put(record as unknown as StandupRow);
const getRecord = async (id: string) => (await db.standups.get(id)) as StandupRecord | undefined;

async function saveRecord(record: StandupRecord): Promise<StandupRecord> {
  const merged = mergeEndedRecords(await getRecord(record.id), record);
  await putRecord(merged);
  return merged;
}

async function endAbandonedIn(today: string, ctx: WriteContext): Promise<StandupRecord | null> {
  const draft = await readDraft();
  if (!draft || !isAbandoned(draft, today)) return null;
  const record = await saveRecord(endAbandoned(draft, ctx.stamp()));
  await db.meta.delete(DRAFT_KEY);
  return record;
}

/**
 * Ends a stand-up left running on an earlier day as of its last activity and saves it. Returns the
 * saved record (the view says what happened), or null when there was none.
 */
export function closeAbandonedStandup(today: string): Promise<StandupRecord | null> {
  return write([db.meta, db.standups], (ctx) => endAbandonedIn(today, ctx));
}

/** Starts today's stand-up, or continues the one already running (in this or another tab). */
export function startStandup(today: string): Promise<StandupDraft> {
  return write([db.meta, db.standups], async (ctx) => {
    await endAbandonedIn(today, ctx);
    const running = await readDraft();
    if (running) return running;
    const draft = newDraft(ctx.newId(), today, ctx.now);
    await putDraft(draft);
    return draft;
  });
}

async function changeDraft(id: string, change: (draft: StandupDraft, now: number) => StandupDraft) {
  return write([db.meta], async (ctx) => {
    const draft = await readDraft();
    if (!draft || draft.id !== id) return null;
    const next = change(draft, ctx.now);
    if (next !== draft) await putDraft(next);
    return next;
  });
}

export const pauseStandup = (id: string) => changeDraft(id, pauseDraft);
export const resumeStandup = (id: string) => changeDraft(id, resumeDraft);
export const saveStandupNotes = (id: string, notes: string) =>
  changeDraft(id, (draft, now) => setNotes(draft, notes, now));

/**
 * Adds a decision to the running stand-up. If another tab ended it meanwhile, the decision is added to
 * the saved record instead (re-stamped), so it is never lost.
 */
export function recordStandupDecision(id: string, decision: Omit<StandupDecision, 'at'>): Promise<void> {
  return write([db.meta, db.standups], async (ctx) => {
    const full: StandupDecision = { ...decision, at: ctx.now };
    const draft = await readDraft();
    if (draft && draft.id === id) {
      await putDraft(addDecision(draft, full, ctx.now));
      return;
    }
    const saved = await getRecord(id);
    if (saved) await putRecord({ ...saved, decisions: [...saved.decisions, full], clock: ctx.stamp() });
  });
}

/**
 * Ends the stand-up and saves its record. `notes` is what this tab shows (typed but perhaps not yet
 * saved into the draft). If another tab already ended it, this tab's notes are merged into that record.
 */
export function endStandup(id: string, notes: string): Promise<StandupRecord | null> {
  return write([db.meta, db.standups], async (ctx) => {
    const draft = await readDraft();
    if (draft && draft.id === id) {
      const record = await saveRecord(finishDraft(setNotes(draft, notes, ctx.now), ctx.now, ctx.stamp()));
      await db.meta.delete(DRAFT_KEY);
      return record;
    }
    const saved = await getRecord(id);
    if (!saved) return null;
    return saveRecord({ ...saved, notes, clock: ctx.stamp() });
  });
}
