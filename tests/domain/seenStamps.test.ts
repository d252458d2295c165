// "Changed on both sides" against a brute-force model: every device keeps, per field, every stamp its
// board has ever held (its own edits and everything that reached it through imports). A field is a
// clash iff each side's stamp is one the other side never held. The app instead keeps one stamp per
// device (domain/seenStamps.ts); the property shows the two agree on every random history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlc, formatHlc, receiveHlc, tickHlc, type HlcState } from '../../src/domain/hlc';
import { applyItemEdit } from '../../src/domain/items';
import { mergeBoards } from '../../src/domain/merge';
import { changedOnBothSides, hasSeen, joinSeen, seenInRecords } from '../../src/domain/seenStamps';
import type { Item } from '../../src/domain/types';
import { makeItem } from './fixtures';

const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;
const FIELDS = ['title', 'brief', 'notes'] as const;
const START = Date.parse('2026-11-25T09:00:00Z');

interface Device {
  id: string;
  clock: HlcState;
  now: number;
  items: Item[];
  /** The model: item/field → every stamp this board ever held. */
  held: Map<string, Set<string>>;
  /** The app: what imports brought in (the board's own records and clock add the rest). */
  stored: Record<string, string>;
}

type Step =
  | {
      kind: 'edit';
      device: number;
      item: number;
      field: (typeof FIELDS)[number];
      value: string;
      later: number;
    }
  | { kind: 'sync'; from: number; to: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    device: fc.nat(DEVICES.length - 1),
    item: fc.nat(1),
    field: fc.constantFrom(...FIELDS),
    value: fc.constantFrom('x', 'y', 'z'),
    later: fc.nat(5000),
  }),
  fc.record({
    kind: fc.constant('sync' as const),
    from: fc.nat(DEVICES.length - 1),
    to: fc.nat(DEVICES.length - 1),
  }),
);

const key = (item: Item, field: string) => `${item.id}/${field}`;

function hold(device: Device, item: Item): void {
  for (const field of FIELDS) {
    const stamp = item.clocks[field];
    if (!stamp) continue;
    const set = device.held.get(key(item, field)) ?? new Set();
    set.add(stamp);
    device.held.set(key(item, field), set);
  }
}

/** What a board has seen: what imports brought, what its records show, and its own clock. */
const seenOf = (device: Device) =>
  joinSeen(device.stored, seenInRecords({ items: device.items, channels: [], members: [] }), {
    [device.id]: formatHlc(device.clock),
  });

function start(): Device[] {
  // One board every device has from a first exchange.
  const shared = [makeItem({ title: 'X' }, { id: 'x' }), makeItem({ title: 'Y' }, { id: 'y' })];
  return DEVICES.map((id, n) => {
    const device: Device = {
      id,
      clock: createHlc(id, START),
      now: START + n,
      items: shared,
      held: new Map(),
      stored: seenInRecords({ items: shared, channels: [], members: [] }),
    };
    shared.forEach((item) => hold(device, item));
    return device;
  });
}

function edit(device: Device, step: Extract<Step, { kind: 'edit' }>): void {
  device.now += step.later;
  const stamp = () => {
    const next = tickHlc(device.clock, device.now);
    device.clock = next.state;
    return next.stamp;
  };
  const target = device.items[step.item]!;
  const edited = applyItemEdit(target, { [step.field]: `${step.value}-${device.id}` }, device.now, stamp);
  if (!edited) return;
  device.items = device.items.map((i) => (i.id === edited.id ? edited : i));
  hold(device, edited);
}

/** `to` imports `from`'s board: the clashes both ways of knowing them find, then the merge. */
function sync(from: Device, to: Device) {
  const seen = { local: seenOf(to), incoming: seenOf(from) };
  const found: string[] = [];
  const expected: string[] = [];
  for (const local of to.items) {
    const incoming = from.items.find((i) => i.id === local.id)!;
    for (const field of FIELDS) {
      const [l, r] = [local.clocks[field], incoming.clocks[field]];
      if (local[field] === incoming[field]) continue;
      if (changedOnBothSides(l, r, seen)) found.push(key(local, field));
      const heldHere = to.held.get(key(local, field))!;
      const heldThere = from.held.get(key(local, field))!;
      if (!heldHere.has(r!) && !heldThere.has(l!)) expected.push(key(local, field));
    }
  }
  to.items = mergeBoards(
    { items: to.items, channels: [], members: [] },
    { items: from.items, channels: [], members: [] },
  ).items;
  for (const [k, stamps] of from.held)
    for (const s of stamps) {
      const held = to.held.get(k);
      if (held) held.add(s);
      else to.held.set(k, new Set([s]));
    }
  to.items.forEach((item) => hold(to, item));
  to.stored = joinSeen(to.stored, seen.incoming);
  to.clock = receiveHlc(to.clock, seen.incoming[from.id]!, to.now);
  return { found, expected };
}

describe('changed on both sides', () => {
  it('is the edit of one colleague against the other’s, not one she already had', () => {
    const [a, b] = start() as [Device, Device, Device];
    edit(b, { kind: 'edit', device: 1, item: 0, field: 'brief', value: 'x', later: 1000 });
    edit(b, { kind: 'edit', device: 1, item: 1, field: 'title', value: 'y', later: 1000 });
    edit(a, { kind: 'edit', device: 0, item: 1, field: 'title', value: 'z', later: 5000 });
    expect(sync(b, a).found).toEqual(['y/title']);
  });

  it('is not an edit made after taking in the other’s', () => {
    const [a, b] = start() as [Device, Device, Device];
    edit(a, { kind: 'edit', device: 0, item: 0, field: 'title', value: 'x', later: 1000 });
    sync(a, b);
    edit(b, { kind: 'edit', device: 1, item: 0, field: 'title', value: 'y', later: 1000 });
    expect(sync(b, a).found).toEqual([]);
  });

  it('knows a stamp seen through a third colleague', () => {
    const [a, b, c] = start() as [Device, Device, Device];
    edit(a, { kind: 'edit', device: 0, item: 0, field: 'title', value: 'x', later: 1000 });
    sync(a, c);
    sync(c, b);
    expect(hasSeen(seenOf(b), a.items[0]!.clocks.title!)).toBe(true);
    edit(b, { kind: 'edit', device: 1, item: 0, field: 'title', value: 'y', later: 1000 });
    expect(sync(b, a).found).toEqual([]);
  });

  it('property: a field is listed iff both sides changed it since they last exchanged it', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const devices = start();
        for (const step of steps) {
          if (step.kind === 'edit') edit(devices[step.device]!, step);
          else if (step.from !== step.to) {
            const { found, expected } = sync(devices[step.from]!, devices[step.to]!);
            expect(found).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
