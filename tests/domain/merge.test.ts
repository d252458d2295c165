import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { applyItemEdit, setItemFlag } from '../../src/domain/items';
import { mergeBoards, mergeItem, type BoardRecords } from '../../src/domain/merge';
import type { Item } from '../../src/domain/types';
import { makeItem } from './fixtures';
import { applyEditStep, BASE_MS, DEVICES, itemEditArb as editArb, type ItemEditStep } from './itemEdits';

const historyArb = fc.array(
  fc.record({ device: fc.constantFrom(...DEVICES), time: fc.nat(50), edit: editArb }),
  { maxLength: 25 },
);

const base = makeItem({ title: 'Start', column: 'idee', rank: 'a0' });

/** Each device applies its own edits (in time order) to its copy of the shared base item. */
function replicas(history: { device: string; time: number; edit: ItemEditStep }[]): Record<string, Item> {
  const out: Record<string, Item> = {};
  for (const device of DEVICES) {
    let item = base;
    const own = history.map((h, i) => ({ ...h, i })).filter((h) => h.device === device);
    own.sort((x, y) => x.time - y.time || x.i - y.i);
    own.forEach(({ time, edit }, n) => {
      const stamp = () => formatHlc({ millis: BASE_MS + 1000 + time, counter: n, node: device });
      item = applyEditStep(item, edit, stamp);
    });
    out[device] = item;
  }
  return out;
}

describe('merge laws over random edit histories on three devices', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const r = replicas(history);
        const [a, b, c] = [r['dev-a']!, r['dev-b']!, r['dev-c']!];
        expect(mergeItem(a, b)).toEqual(mergeItem(b, a));
        expect(mergeItem(mergeItem(a, b), c)).toEqual(mergeItem(a, mergeItem(b, c)));
        expect(mergeItem(a, a)).toEqual(a);
        const ab = mergeItem(a, b);
        expect(mergeItem(ab, b)).toEqual(ab);
      }),
      { numRuns: 300 },
    );
  });

  it('an edit survives unless the other side edited the same field later', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const r = replicas(history);
        const merged = mergeItem(mergeItem(r['dev-a']!, r['dev-b']!), r['dev-c']!);
        // Of the devices that edited the title, the one whose edit is latest shows, whatever the merge order.
        const titleEdits = history.filter((h) => h.edit.kind === 'title');
        if (titleEdits.length === 0) return;
        const perDevice = DEVICES.map((d) => r[d]!).filter((i) => i.clocks.title !== base.clocks.title);
        const winner = perDevice.reduce((best, i) => (best.clocks.title! < i.clocks.title! ? i : best));
        expect(merged.title).toBe(winner.title);
        expect(merged.clocks.title).toBe(winner.clocks.title);
      }),
      { numRuns: 200 },
    );
  });

  it('column and rank always come from the same side', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const r = replicas(history);
        const merged = mergeItem(r['dev-a']!, r['dev-b']!);
        const sources = [r['dev-a']!, r['dev-b']!].filter(
          (i) => i.clocks.position === merged.clocks.position,
        );
        expect(sources.some((s) => s.column === merged.column && s.rank === merged.rank)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('merge of concrete situations', () => {
  const stampAt = (ms: number, node: string) => () => formatHlc({ millis: ms, counter: 0, node });

  it("keeps A's title and B's channels when each changed a different field", () => {
    const a = applyItemEdit(base, { title: 'Titel von A' }, BASE_MS, stampAt(BASE_MS + 10, 'a'))!;
    const b = applyItemEdit(base, { channelIds: ['c2'] }, BASE_MS, stampAt(BASE_MS + 5, 'b'))!;
    const merged = mergeItem(a, b);
    expect(merged.title).toBe('Titel von A');
    expect(merged.channelIds).toEqual(['c2']);
  });

  it('a deletion stays unless the item was restored later', () => {
    const deleted = setItemFlag(base, 'deleted', true, BASE_MS, stampAt(BASE_MS + 10, 'b'));
    const editedEarlier = applyItemEdit(base, { title: 'Neu' }, BASE_MS, stampAt(BASE_MS + 5, 'a'))!;
    expect(mergeItem(editedEarlier, deleted).deleted).toBe(true);
    const restoredLater = setItemFlag(deleted, 'deleted', false, BASE_MS, stampAt(BASE_MS + 20, 'a'));
    expect(mergeItem(deleted, restoredLater).deleted).toBe(false);
  });

  it('merges whole boards by id and keeps records from both sides', () => {
    const other = makeItem({ title: 'Nur bei B' });
    const a: BoardRecords = { items: [base], channels: [], members: [] };
    const b: BoardRecords = { items: [other], channels: [], members: [] };
    const merged = mergeBoards(a, b);
    expect(merged.items.map((i) => i.title).sort()).toEqual(['Nur bei B', 'Start']);
    expect(mergeBoards(a, b)).toEqual(mergeBoards(b, a));
  });
});
