// What a board has taken in, per device: the latest stamp of each device that reached it (by its own
// edits or through imports). It is the base that tells "both sides changed this field" from "one side
// changed it": a field's stamp on one side that the other side has seen is an edit the other side
// already had when it wrote its own, so only an edit neither side has seen of the other is a clash.
//
// Per device, not per field: a board always travels whole (export, import, sync), so a board that
// holds a device's stamp from some moment has taken in every edit that device had made until then
// (the version vector of Parker et al., as in Automerge's and Yjs' sync). Pure.
import { parseHlc } from './hlc';
import type { BoardRecords } from './merge';

/** Device id → the latest stamp of that device a board has taken in. */
export type SeenStamps = Readonly<Record<string, string>>;

/**
 * The device of a stamp of the fixed layout ("<24-character time>-<4 hex digits>-<device>"): read
 * by position, as a board's every stamp passes here on each export; hasSeen reads the stamp fully.
 */
const deviceOf = (stamp: string) => (stamp.charCodeAt(29) === 45 ? stamp.slice(30) : undefined);

function note(seen: Record<string, string>, stamp: string | undefined): void {
  if (!stamp) return;
  const device = deviceOf(stamp);
  if (device === undefined) return;
  const known = seen[device];
  if (known === undefined || known < stamp) seen[device] = stamp;
}

/**
 * The stamps a board's records show, per device: a lower bound of what it has seen (edits that were
 * overwritten leave no stamp behind), for a file from before files carried their `seen` stamps.
 */
export function seenInRecords(records: BoardRecords): Record<string, string> {
  const seen: Record<string, string> = {};
  for (const list of [records.items, records.channels, records.members])
    for (const record of list) for (const stamp of Object.values(record.clocks)) note(seen, stamp);
  for (const item of records.items) {
    for (const entry of item.checklist) note(seen, entry.clock);
    for (const attachment of item.attachments ?? []) note(seen, attachment.clock);
  }
  for (const record of records.standups ?? []) note(seen, record.clock);
  return seen;
}

/** What a board has seen after taking in another's: the later stamp per device, by device id. */
export function joinSeen(...all: readonly SeenStamps[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const seen of all) for (const stamp of Object.values(seen)) note(out, stamp);
  // In device order, so two exports of the same board write the same bytes.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Whether a board that has seen `seen` had taken in the edit stamped `stamp`. */
export function hasSeen(seen: SeenStamps, stamp: string): boolean {
  const device = parseHlc(stamp)?.node;
  if (device === undefined) return false;
  const known = seen[device];
  return known !== undefined && stamp <= known;
}

/** What each side of an import has seen: the board here and the file's. */
export interface SeenBySides {
  local: SeenStamps;
  incoming: SeenStamps;
}

/**
 * Whether a field was changed on both sides since they last exchanged it: its two stamps differ and
 * neither side has seen the other's (else one edit was made knowing the other, and simply follows it).
 */
export function changedOnBothSides(
  localStamp: string | undefined,
  incomingStamp: string | undefined,
  seen: SeenBySides,
): boolean {
  if (!localStamp || !incomingStamp || localStamp === incomingStamp) return false;
  return !hasSeen(seen.incoming, localStamp) && !hasSeen(seen.local, incomingStamp);
}
