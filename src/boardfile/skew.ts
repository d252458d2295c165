// A colleague's laptop whose clock runs far ahead (a wrong year, a dead CMOS battery) stamps her edits
// in the future; with "the later stamp wins" they would beat every edit made anywhere until that date.
// On import, a stamp more than MAX_DRIFT_MS ahead of this device's now is clamped to now ("today"),
// keeping its counter and device, and the importing device's clock then moves past it, so the next
// local edit wins.
//
// Idempotence: the clamped stamp depends on the day of the import, so a re-import of the same file
// tomorrow would clamp to a later stamp and could beat an edit made in between (an earlier attempt
// failed that way). Every clamp is therefore remembered per original stamp (`known`, persisted by the
// import command): a stamp seen before always maps to the same clamped stamp.
//
// Every stamp a record carries goes through here, per-field clocks and per-entry ones alike (checklist
// entries, attachments, stand-up records): an attachment's rights decide approval, so an unclamped
// one would win for as long as the colleague's clock is ahead. The latest stamp, which the importing
// clock moves past, is read in the same walk, so no kind of stamp can be clamped but not counted
// there (or the other way round). Pure.
import { formatHlc, laterStamp, MAX_DRIFT_MS, parseHlc } from '../domain/hlc';
import type { BoardRecords } from '../domain/merge';

/** Original stamp → the stamp it was clamped to when first imported. */
export type StampClamps = Readonly<Record<string, string>>;

export interface SkewedDevice {
  device: string;
  /** Stamps (edited fields, checklist entries, …) clamped by this import for the first time. */
  count: number;
  /** Time of the latest of those stamps, as the device claimed it (for the preview). */
  latest: number;
}

export interface ClampedRecords {
  records: BoardRecords;
  /** Clamps made by this import, to remember when it is written. */
  newClamps: Record<string, string>;
  skewed: SkewedDevice[];
  /** The latest stamp of the records after clamping (the importing clock moves past it). */
  latestStamp: string | undefined;
}

export function clampFutureStamps(records: BoardRecords, now: number, known: StampClamps): ClampedRecords {
  const newClamps: Record<string, string> = {};
  const devices = new Map<string, SkewedDevice>();
  const limit = now + MAX_DRIFT_MS;
  let latestStamp: string | undefined;

  const clampOnce = (stamp: string): string => {
    const remembered = Object.hasOwn(known, stamp) ? known[stamp] : newClamps[stamp];
    if (remembered !== undefined) return remembered;
    const parsed = parseHlc(stamp);
    if (!parsed || parsed.millis <= limit) return stamp;
    const clamped = formatHlc({ ...parsed, millis: now });
    newClamps[stamp] = clamped;
    const device = devices.get(parsed.node) ?? { device: parsed.node, count: 0, latest: 0 };
    device.count++;
    device.latest = Math.max(device.latest, parsed.millis);
    devices.set(parsed.node, device);
    return clamped;
  };
  const clamp = (stamp: string): string => {
    const out = clampOnce(stamp);
    latestStamp = laterStamp(latestStamp, out);
    return out;
  };

  const clampClocks = <T extends { clocks: Partial<Record<string, string>> }>(record: T): T => {
    let clocks: Partial<Record<string, string>> | null = null;
    for (const [field, stamp] of Object.entries(record.clocks)) {
      if (stamp === undefined) continue;
      const next = clamp(stamp);
      if (next !== stamp) (clocks ??= { ...record.clocks })[field] = next;
    }
    return clocks ? { ...record, clocks } : record;
  };

  const clampOne = <T extends { clock: string }>(record: T): T => {
    const next = clamp(record.clock);
    return next === record.clock ? record : { ...record, clock: next };
  };

  const out: BoardRecords = {
    ...records,
    items: records.items.map((item) => {
      let out = clampClocks(item);
      const checklist = item.checklist.map(clampOne);
      if (checklist.some((entry, n) => entry !== item.checklist[n])) out = { ...out, checklist };
      // Rows from before attachments have none (the field is absent): left absent.
      if (item.attachments) {
        const attachments = item.attachments.map(clampOne);
        if (attachments.some((entry, n) => entry !== item.attachments![n])) out = { ...out, attachments };
      }
      return out;
    }),
    channels: records.channels.map(clampClocks),
    members: records.members.map(clampClocks),
    ...(records.standups ? { standups: records.standups.map(clampOne) } : {}),
  };
  return { records: out, newClamps, skewed: [...devices.values()], latestStamp };
}
