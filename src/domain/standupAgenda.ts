// The daily stand-up's agenda (DESIGN.md "Stand-up agenda"), a pure function of the board.
//
// Decisions, so the team knows what the sections mean:
// - Heute: everything publishing today that is not deleted (archived included: archiving a published
//   post does not unpublish it). Urgent first, then by time; items without a time after timed ones.
// - Fehlt noch: the HORIZON is today plus the next 3 working days (weekends and the Bundesland's
//   holidays skipped), i.e. every day from today up to and including the 3rd working day after today;
//   a Saturday between counts, because a post planned for it must be ready before. Today is included:
//   an unapproved post publishing today is the most pressing gap. Only not-yet-published, not archived
//   items with a publish date in the horizon are checked (approval, channel, assignee, brief text,
//   image for visual channels); an archive of thousands of old posts or plans years ahead never floods
//   the list. Urgent first, then soonest first. Overdue items belong to Schieben, not here. Plus
//   channels below their weekly target.
// - Schieben: publish date before today, or today with a time that has already passed (Berlin wall
//   clock at `now`); not published, not archived, not deleted. Urgent first, then the most recently
//   due first (yesterday's slip can still be saved; a plan missed two years ago is backlog), within a
//   day by time. Such a today-item also stays in Heute (it does publish today), marked as past its time.
// - Long sections are shown capped (visibleEntries): a five-year board can hold hundreds of overdue
//   items, and a 15-minute stand-up walks the first ones; the rest are counted and can be revealed.
// - Neu: briefs in "Themeninfo eingegangen" (not archived/deleted) that arrived after the last
//   stand-up started. Arrival = the time of the item's position clock (when it was put in that column),
//   else createdAt. Without a previous stand-up: since the start of the previous working day (the UI
//   says so). Urgent first, then by arrival.
// - Once: an item is listed in one section only, the first it belongs to in the order Heute, Fehlt
//   noch, Schieben, Neu, and carries what the later ones would have said (its gaps, that its time has
//   passed, when it arrived). Listed twice, it was discussed twice and its actions were offered twice.
import { firstImage } from './attachments';
import { berlinWallClock } from './berlinTime';
import { channelsBelowTarget, weeklyCadence, type ChannelCadence } from './cadence';
import { addDays, daysBetween } from './calendarDays';
import type { ColumnId } from './columns';
import { parseHlc } from './hlc';
import { derivedChecklistDone, RIGHTS_CHECKLIST_LABEL } from './imageRights';
import type { Channel, Item, StandupRecord } from './types';
import { isWorkingDay, nextWorkingDays, type Bundesland } from './workingDays';

export const HORIZON_WORKING_DAYS = 3;
export const IMAGE_LABEL = 'bild';
export const IMAGE_RIGHTS_LABEL = 'bildrechte geklärt';

const APPROVED: readonly ColumnId[] = ['freigegeben', 'veroeffentlicht'];

export interface TodayEntry {
  item: Item;
  /** Freigegeben or Veröffentlicht. */
  approved: boolean;
  published: boolean;
  /** Has a time that already passed and is not published (it is overdue: Schieben's actions apply). */
  pastTime: boolean;
  /** What Fehlt noch would have listed for it (empty if nothing is missing). */
  missing: MissingReason[];
  /** When it arrived, if Neu would have listed it. */
  arrivedAt: number | null;
}

export type MissingReason =
  | { kind: 'approval'; column: ColumnId }
  | { kind: 'channel' }
  | { kind: 'retiredChannel'; channels: string[] }
  | { kind: 'assignee' }
  | { kind: 'brief' }
  | { kind: 'image'; channels: string[] }
  | { kind: 'imageRights'; channels: string[] };

export interface MissingEntry {
  item: Item;
  reasons: MissingReason[];
  /** When it arrived, if Neu would have listed it. */
  arrivedAt: number | null;
}

export interface OverdueEntry {
  item: Item;
  /** Days since the publish date (0 = today, time passed). */
  daysLate: number;
  /** When it arrived, if Neu would have listed it. */
  arrivedAt: number | null;
}

export interface NewEntry {
  item: Item;
  arrivedAt: number;
}

export type NewSince =
  | { kind: 'lastStandup'; startedAt: number; day: string }
  | { kind: 'assumedPreviousWorkingDay'; day: string };

export interface StandupAgenda {
  today: string;
  /** The last day of the Fehlt-noch horizon (inclusive). */
  horizonEnd: string;
  /** The working days after today that make up the horizon. */
  horizonWorkingDays: string[];
  heute: TodayEntry[];
  fehlt: MissingEntry[];
  channelsBelowTarget: ChannelCadence[];
  schieben: OverdueEntry[];
  neu: NewEntry[];
  neuSince: NewSince;
}

export interface AgendaInput {
  items: readonly Item[];
  channels: readonly Channel[];
  /** yyyy-MM-dd, the office's today */
  today: string;
  /** Epoch ms of now (for "time already passed"). */
  now: number;
  /** The last ENDED stand-up before this one, or null. */
  lastStandup: Pick<StandupRecord, 'startedAt' | 'day'> | null;
  bundesland: Bundesland;
}

const byTitle = (a: Item, b: Item) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Items without a time sort after timed ones ('~' is after every digit). */
const timeKey = (item: Item) => item.publishTime ?? '~';

function compareToday(a: Item, b: Item): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const ta = timeKey(a);
  const tb = timeKey(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return byTitle(a, b) || byId(a, b);
}

/** Within one date: by time (untimed last), then title and id. */
function compareSameDay(a: Item, b: Item): number {
  const ta = timeKey(a);
  const tb = timeKey(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return byTitle(a, b) || byId(a, b);
}

/** Fehlt noch: urgent first, then the soonest publish date. */
function compareMissing(a: Item, b: Item): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const da = a.publishDate ?? '';
  const db = b.publishDate ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return compareSameDay(a, b);
}

/** Schieben: urgent first, then the most recently due date first. */
function compareOverdue(a: Item, b: Item): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const da = a.publishDate ?? '';
  const db = b.publishDate ?? '';
  if (da !== db) return da > db ? -1 : 1;
  return compareSameDay(a, b);
}

/** When a brief arrived in its column: the position clock's time, else createdAt. */
export function arrivalTime(item: Item): number {
  const stamp = item.clocks.position;
  const parsed = stamp ? parseHlc(stamp) : null;
  return parsed ? parsed.millis : item.createdAt;
}

/** The working day before `today` (Friday seen on a Monday; the day before a holiday's eve …). */
export function previousWorkingDay(today: string, land: Bundesland): string {
  let day = addDays(today, -1);
  for (let guard = 0; guard < 366 && !isWorkingDay(day, land); guard++) day = addDays(day, -1);
  return day;
}

const normalise = (label: string) => label.trim().toLocaleLowerCase('de');

function missingReasons(item: Item, channelsById: ReadonlyMap<string, Channel>): MissingReason[] {
  const reasons: MissingReason[] = [];
  if (!APPROVED.includes(item.column)) reasons.push({ kind: 'approval', column: item.column });
  // Unknown (deleted) channel ids are ignored; a retired one still counts as a channel but is named.
  const known = item.channelIds.map((id) => channelsById.get(id)).filter((c): c is Channel => !!c);
  if (known.length === 0) reasons.push({ kind: 'channel' });
  const retired = known.filter((c) => c.retired).map((c) => c.name);
  if (retired.length > 0) reasons.push({ kind: 'retiredChannel', channels: retired });
  if (!item.assigneeId) reasons.push({ kind: 'assignee' });
  if (item.brief.trim() === '') reasons.push({ kind: 'brief' });
  const visual = known.filter((c) => c.visual).map((c) => c.name);
  if (visual.length > 0) {
    const open = (label: string) =>
      item.checklist.some((e) => !e.deleted && !e.done && normalise(e.label) === label);
    // An attached image is the image, whatever the checklist says; once images are attached their
    // recorded rights decide "Bildrechte geklärt", as on the card's checklist.
    if (open(IMAGE_LABEL) && !firstImage(item)) reasons.push({ kind: 'image', channels: visual });
    const rightsDone = derivedChecklistDone(item, { label: RIGHTS_CHECKLIST_LABEL });
    if (rightsDone === null ? open(IMAGE_RIGHTS_LABEL) : !rightsDone)
      reasons.push({ kind: 'imageRights', channels: visual });
  }
  return reasons;
}

/** The agenda as shown: each item once, in the first section it belongs to. */
export function buildStandupAgenda(input: AgendaInput): StandupAgenda {
  return placeOnce(collectAgendaSections(input));
}

/**
 * Keeps each item in the first section that lists it (Heute, Fehlt noch, Schieben, Neu) and moves
 * what the later sections said about it onto that entry; the order within each section stays.
 * (Fehlt noch and Schieben never share an item: an overdue item is not checked for gaps.)
 */
export function placeOnce(agenda: StandupAgenda): StandupAgenda {
  const missing = new Map(agenda.fehlt.map((e) => [e.item.id, e.reasons]));
  const overdue = new Set(agenda.schieben.map((e) => e.item.id));
  const arrived = new Map(agenda.neu.map((e) => [e.item.id, e.arrivedAt]));
  const placed = new Set<string>();
  const keep = <T extends { item: Item }>(entries: T[]) =>
    entries.filter((e) => {
      if (placed.has(e.item.id)) return false;
      placed.add(e.item.id);
      return true;
    });
  const heute = keep(agenda.heute).map((e) => ({
    ...e,
    pastTime: e.pastTime || overdue.has(e.item.id),
    missing: missing.get(e.item.id) ?? e.missing,
    arrivedAt: arrived.get(e.item.id) ?? e.arrivedAt,
  }));
  const fehlt = keep(agenda.fehlt).map((e) => ({ ...e, arrivedAt: arrived.get(e.item.id) ?? e.arrivedAt }));
  const schieben = keep(agenda.schieben).map((e) => ({
    ...e,
    arrivedAt: arrived.get(e.item.id) ?? e.arrivedAt,
  }));
  const neu = keep(agenda.neu);
  return { ...agenda, heute, fehlt, schieben, neu };
}

/** Every section with every item it concerns, overlaps included (buildStandupAgenda removes them). */
export function collectAgendaSections(input: AgendaInput): StandupAgenda {
  const { items, channels, today, now, lastStandup, bundesland } = input;
  const clock = berlinWallClock(now);
  // If the laptop's day and Berlin's day differ (a laptop in another zone), a time on `today` has
  // passed only when Berlin is already on that day.
  const timePassed = (item: Item) =>
    item.publishTime !== null &&
    (clock.day > today || (clock.day === today && item.publishTime < clock.time));

  const horizonWorkingDays = nextWorkingDays(today, HORIZON_WORKING_DAYS, bundesland);
  const horizonEnd = horizonWorkingDays.at(-1) ?? today;
  const channelsById = new Map(channels.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const neuSince: NewSince = lastStandup
    ? { kind: 'lastStandup', startedAt: lastStandup.startedAt, day: lastStandup.day }
    : { kind: 'assumedPreviousWorkingDay', day: previousWorkingDay(today, bundesland) };
  const arrivedSince = (item: Item) => {
    const at = arrivalTime(item);
    return neuSince.kind === 'lastStandup'
      ? at > neuSince.startedAt
      : berlinWallClock(at).day >= neuSince.day;
  };

  const heute: TodayEntry[] = [];
  const fehlt: MissingEntry[] = [];
  const schieben: OverdueEntry[] = [];
  const neu: NewEntry[] = [];
  // Callers may pass overlapping reads (a date range and a column); each item counts once.
  const unique = [...new Map(items.filter((i) => !i.deleted).map((i) => [i.id, i])).values()];
  for (const item of unique) {
    const date = item.publishDate;
    const published = item.column === 'veroeffentlicht';
    if (date === today) {
      heute.push({
        item,
        approved: APPROVED.includes(item.column),
        published,
        pastTime: !published && !item.archived && timePassed(item),
        missing: [],
        arrivedAt: null,
      });
    }
    if (item.archived) continue;
    if (!published && date !== null) {
      if (date < today || (date === today && timePassed(item)))
        schieben.push({ item, daysLate: daysBetween(date, today), arrivedAt: null });
      else if (date <= horizonEnd) {
        const reasons = missingReasons(item, channelsById);
        if (reasons.length > 0) fehlt.push({ item, reasons, arrivedAt: null });
      }
    }
    if (item.column === 'themeninfo' && arrivedSince(item)) neu.push({ item, arrivedAt: arrivalTime(item) });
  }

  heute.sort((a, b) => compareToday(a.item, b.item));
  fehlt.sort((a, b) => compareMissing(a.item, b.item));
  schieben.sort((a, b) => compareOverdue(a.item, b.item));
  neu.sort((a, b) =>
    a.item.urgent !== b.item.urgent
      ? a.item.urgent
        ? -1
        : 1
      : a.arrivedAt - b.arrivedAt || byId(a.item, b.item),
  );

  // Cadence counts every live item in this Monday–Sunday week; callers pass at least those.
  const below = channelsBelowTarget(weeklyCadence(unique, channels, today));

  return {
    today,
    horizonEnd,
    horizonWorkingDays,
    heute,
    fehlt,
    channelsBelowTarget: below,
    schieben,
    neu,
    neuSince,
  };
}

/** Entries a section shows at first; "Weitere … anzeigen" reveals REVEAL_STEP more at a time. */
export const SECTION_LIMIT = 20;
export const REVEAL_STEP = 50;

export interface VisibleEntries<T> {
  shown: T[];
  /** Entries beyond the ones shown (the count the view and the print say). */
  hidden: number;
}

/** The first `limit` entries of a section (already in agenda order) and how many are left out. */
export function visibleEntries<T>(entries: readonly T[], limit: number): VisibleEntries<T> {
  const shown = entries.slice(0, Math.max(0, limit));
  return { shown, hidden: entries.length - shown.length };
}

/** The limit after one "Weitere … anzeigen": REVEAL_STEP more, never beyond the section. */
export function revealMore(limit: number, total: number): number {
  return Math.min(total, limit + REVEAL_STEP);
}
