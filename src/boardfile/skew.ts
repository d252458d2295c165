// A colleague's laptop whose clock runs far ahead (a wrong year, a dead CMOS battery) stamps her edits
// in the future; with "the later stamp wins" they would beat every edit made anywhere until that date.
// On import, a stamp more than MAX_DRIFT_MS ahead of this device's now is clamped to now ("today"),
// keeping its counter and device, and the importing device's clock then moves past it, so the next
// local edit wins. The clamp lands after every other stamp of the file (not merely at now): her edit
// was made after everything her board shows, and losing a tie of the same moment to one of those
// stamps would drop an edit that came later.
//
// Idempotence: the clamped stamp depends on the day of the import, so a re-import of the same file
// tomorrow would clamp to a later stamp and could beat an edit made in between (an earlier attempt
// failed that way). Every clamp is therefore remembered per original stamp (`known`, persisted by the
// import command): a stamp seen before always maps to the same clamped stamp.
//
// Convergence: the fast laptop itself never sees its stamps as future, and two colleagues who import
// her file on different days clamp it differently. So the clamps travel with the board file
// (`stampClamps`), and an import reads both boards through them: the fast laptop replaces her own
// originals with the team's clamp, so an edit made after the clamp beats hers there too. Of several
// clamps of one stamp the earliest wins, on every device: an edit made after anyone imported hers
// beats it everywhere, and every device settles on the same stamp whatever the order of imports.
// A clamp that is replaced by an earlier one is rewritten wherever it appears (`rewrites`).
//
// Every stamp a record carries goes through here, per-field clocks and per-entry ones alike (checklist
// entries, attachments, stand-up records): an attachment's rights decide approval, so an unclamped
// one would win for as long as the colleague's clock is ahead. The latest stamp, which the importing
// clock moves past, is read in the same walk, so no kind of stamp can be clamped but not counted
// there (or the other way round). Pure.
import { formatHlc, laterStamp, MAX_DRIFT_MS, parseHlc } from '../domain/hlc';
import type { BoardRecords } from '../domain/merge';
import type { Item } from '../domain/types';

/** Original stamp → the stamp it was clamped to (the earliest clamp of it this device has seen). */
export type StampClamps = Readonly<Record<string, string>>;

export interface SkewedDevice {
  device: string;
  /** Stamps (edited fields, checklist entries, attachments, …) this device sees in the future for the first time. */
  count: number;
  /** Time of the latest of those stamps, as the device claimed it (for the preview). */
  latest: number;
}

export interface ClampedImport {
  /** The local records read through the clamps (the same objects where no stamp changed). */
  local: BoardRecords;
  /** The file's records, clamped. */
  records: BoardRecords;
  /** Clamps to remember when the import is written: new ones, and earlier ones replacing known ones. */
  newClamps: Record<string, string>;
  /** Every stamp the import reads differently (original or replaced clamp → clamp), for rows changed meanwhile. */
  rewrites: Record<string, string>;
  skewed: SkewedDevice[];
  /** The latest stamp of the file's records after clamping (the importing clock moves past it). */
  latestStamp: string | undefined;
}

export type ClampedRecords = Omit<ClampedImport, 'local' | 'rewrites'>;

const EMPTY: BoardRecords = { items: [], channels: [], members: [] };

type Clocked = { clocks: Partial<Record<string, string>> };

/**
 * Record by record, `visit` applied to every stamp; a record is rebuilt only when a stamp of it
 * changes, so callers can tell the records an import rewrites by identity.
 */
export function stampMapper(visit: (stamp: string) => string) {
  const clocks = <T extends Clocked>(record: T): T => {
    let out: Partial<Record<string, string>> | null = null;
    for (const [field, stamp] of Object.entries(record.clocks)) {
      if (stamp === undefined) continue;
      const next = visit(stamp);
      if (next !== stamp) (out ??= { ...record.clocks })[field] = next;
    }
    return out ? { ...record, clocks: out } : record;
  };
  const one = <T extends { clock: string }>(record: T): T => {
    const next = visit(record.clock);
    return next === record.clock ? record : { ...record, clock: next };
  };
  const list = <T extends { clock: string }>(entries: readonly T[]): T[] | null => {
    const next = entries.map(one);
    return next.some((entry, n) => entry !== entries[n]) ? next : null;
  };
  const item = (record: Item): Item => {
    let out = clocks(record);
    const checklist = list(record.checklist);
    if (checklist) out = { ...out, checklist };
    // Rows from before attachments have none (the field is absent): left absent.
    const attachments = record.attachments && list(record.attachments);
    if (attachments) out = { ...out, attachments };
    return out;
  };
  return { item, clocks, one };
}

/** `stampMapper` over whole boards. */
export function mapStamps(records: BoardRecords, visit: (stamp: string) => string): BoardRecords {
  const map = stampMapper(visit);
  return {
    ...records,
    items: records.items.map(map.item),
    channels: records.channels.map(map.clocks),
    members: records.members.map(map.clocks),
    ...(records.standups ? { standups: records.standups.map(map.one) } : {}),
  };
}

/** The length of a stamp's time part ("2026-11-25T17:55:56.000Z"). */
const TIME_CHARS = 24;

/** `visit` with every stamp of the records, without building anything. */
function forEachStamp(records: BoardRecords, visit: (stamp: string) => void): void {
  const clocks = (record: Clocked) => {
    for (const stamp of Object.values(record.clocks)) if (stamp !== undefined) visit(stamp);
  };
  for (const item of records.items) {
    clocks(item);
    for (const entry of item.checklist) visit(entry.clock);
    for (const entry of item.attachments ?? []) visit(entry.clock);
  }
  records.channels.forEach(clocks);
  records.members.forEach(clocks);
  for (const record of records.standups ?? []) visit(record.clock);
}

/**
 * A clamp as a file states it: of the same device and counter, and earlier. Anything else is not a
 * clamp of that stamp and is ignored.
 */
function isClamp(original: string, clamp: string): boolean {
  const o = parseHlc(original);
  const c = parseHlc(clamp);
  return o !== null && c !== null && o.node === c.node && o.counter === c.counter && c.millis < o.millis;
}

export function clampForImport(
  local: BoardRecords,
  incoming: BoardRecords,
  fileClamps: StampClamps | undefined,
  now: number,
  known: StampClamps,
): ClampedImport {
  const limit = now + MAX_DRIFT_MS;
  const newClamps: Record<string, string> = {};
  /** Clamps replaced by an earlier clamp of the same original → that clamp. */
  const replaced = new Map<string, string>();
  const clampOf = (original: string): string | undefined =>
    Object.hasOwn(newClamps, original)
      ? newClamps[original]
      : Object.hasOwn(known, original)
        ? known[original]
        : undefined;
  /** The earliest of the clamps of an original wins; `fromFile` clamps may appear on the file's board. */
  const propose = (original: string, clamp: string, fromFile: boolean) => {
    const current = clampOf(original);
    if (current === clamp) return;
    if (current === undefined || clamp < current) {
      newClamps[original] = clamp;
      if (current !== undefined) replaced.set(current, clamp);
    } else if (fromFile) replaced.set(clamp, current);
  };
  /**
   * The clamp a replaced clamp now reads as. Two laptops can clamp two different stamps to the same
   * stamp; one that is still the clamp of some original is therefore never rewritten (it would move
   * that other edit too), it merely stays a little later than the earliest clamp.
   */
  const follow = (stamp: string, current: ReadonlySet<string>): string => {
    let out = stamp;
    for (let n = 0; n < 64 && !current.has(out) && replaced.has(out); n++) out = replaced.get(out)!;
    return out;
  };

  for (const [original, clamp] of Object.entries(fileClamps ?? {}))
    if (isClamp(original, clamp)) propose(original, clamp, true);

  // First the file's future stamps and its latest other stamp, which the clamps must land after.
  // Read from the time part as text (a stamp's time sorts as text, and the schema has checked it is
  // real): parsing each of a large board's stamps made this walk the slowest part of an import.
  const limitTime = formatHlc({ millis: limit, counter: 0, node: '' }).slice(0, TIME_CHARS);
  const future = new Map<string, ReturnType<typeof parseHlc> & object>();
  let latestPresentStamp: string | undefined;
  forEachStamp(incoming, (stamp) => {
    if (stamp.slice(0, TIME_CHARS) <= limitTime) {
      if (latestPresentStamp === undefined || latestPresentStamp < stamp) latestPresentStamp = stamp;
    } else if (!future.has(stamp)) {
      const parsed = parseHlc(stamp);
      if (parsed) future.set(stamp, parsed);
    }
  });
  const latestPresent =
    latestPresentStamp === undefined ? -Infinity : (parseHlc(latestPresentStamp)?.millis ?? -Infinity);
  // Each original gets a clamp of its own, in the originals' order: a later clamp that replaces an
  // earlier one is rewritten by its stamp, which must not also stand for another edit.
  const used = new Set<string>([...Object.values(known), ...Object.values(newClamps)]);
  let clampMillis = Math.min(Math.max(now, latestPresent + 1), limit - future.size);
  const devices = new Map<string, SkewedDevice>();
  for (const [stamp, parsed] of [...future].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!Object.hasOwn(known, stamp)) {
      const device = devices.get(parsed.node) ?? { device: parsed.node, count: 0, latest: 0 };
      device.count++;
      device.latest = Math.max(device.latest, parsed.millis);
      devices.set(parsed.node, device);
    }
    let clamp = formatHlc({ ...parsed, millis: clampMillis++ });
    while (used.has(clamp)) clamp = formatHlc({ ...parsed, millis: clampMillis++ });
    used.add(clamp);
    propose(stamp, clamp, false);
  }

  // Every stamp read differently, in one map: a board has a million stamps to look up.
  const rewriteMap = new Map<string, string>();
  for (const table of [known, newClamps])
    for (const original of Object.keys(table)) rewriteMap.set(original, clampOf(original)!);
  const current = new Set(rewriteMap.values());
  for (const clamp of replaced.keys()) if (!current.has(clamp)) rewriteMap.set(clamp, follow(clamp, current));
  const through = (stamp: string) => rewriteMap.get(stamp) ?? stamp;
  // Most boards hold no stamp to read differently (nobody ran ahead since): a walk that builds
  // nothing finds that, and they stay as they are.
  const readsDifferently = (board: BoardRecords) => {
    if (rewriteMap.size === 0) return false;
    let found = false;
    forEachStamp(board, (stamp) => {
      found ||= rewriteMap.has(stamp);
    });
    return found;
  };
  let latestStamp: string | undefined;
  let records = incoming;
  if (readsDifferently(incoming))
    records = mapStamps(incoming, (stamp) => {
      const out = through(stamp);
      latestStamp = laterStamp(latestStamp, out);
      return out;
    });
  // Unchanged, it has no future stamp (each would read as its clamp): its latest is the one found.
  else latestStamp = latestPresentStamp;
  const rewrites = Object.fromEntries(rewriteMap);
  return {
    local: readsDifferently(local) ? mapStamps(local, through) : local,
    records,
    newClamps,
    rewrites,
    skewed: [...devices.values()],
    latestStamp,
  };
}

/** Reads stamps through an import's rewrites, record by record (rows changed while it was previewed). */
export const rewriter = (rewrites: StampClamps) =>
  stampMapper((stamp) => (Object.hasOwn(rewrites, stamp) ? rewrites[stamp]! : stamp));

/** The file's stamps clamped on their own (no local board, no clamps from the file). */
export function clampFutureStamps(records: BoardRecords, now: number, known: StampClamps): ClampedRecords {
  const {
    records: out,
    newClamps,
    skewed,
    latestStamp,
  } = clampForImport(EMPTY, records, undefined, now, known);
  return { records: out, newClamps, skewed, latestStamp };
}
