// Random item edits for property tests (merge laws over items and whole boards): what an edit can be,
// a fast-check arbitrary for it, and how it is applied with a given device's stamps.
import fc from 'fast-check';
import { COLUMN_IDS } from '../../src/domain/columns';
import { applyItemEdit, moveItem, setItemFlag, upsertChecklistEntry } from '../../src/domain/items';
import type { Item } from '../../src/domain/types';

export const BASE_MS = Date.parse('2026-11-25T08:00:00Z');
export const DEVICES = ['dev-a', 'dev-b', 'dev-c'] as const;

export type ItemEditStep =
  | { kind: 'title'; value: string }
  | { kind: 'channels'; value: string[] }
  | { kind: 'move'; column: (typeof COLUMN_IDS)[number]; rank: string }
  | { kind: 'delete'; value: boolean }
  | { kind: 'check'; entry: number; done: boolean };

export const itemEditArb: fc.Arbitrary<ItemEditStep> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), value: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('channels' as const),
    value: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3'), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    column: fc.constantFrom(...COLUMN_IDS),
    rank: fc.constantFrom('a0', 'a1', 'a2'),
  }),
  fc.record({ kind: fc.constant('delete' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('check' as const), entry: fc.nat(3), done: fc.boolean() }),
);

export function applyEditStep(item: Item, edit: ItemEditStep, stamp: () => string): Item {
  switch (edit.kind) {
    case 'title':
      return applyItemEdit(item, { title: edit.value }, BASE_MS, stamp) ?? item;
    case 'channels':
      return applyItemEdit(item, { channelIds: edit.value }, BASE_MS, stamp) ?? item;
    case 'move':
      return moveItem(item, edit.column, edit.rank, BASE_MS, stamp);
    case 'delete':
      return setItemFlag(item, 'deleted', edit.value, BASE_MS, stamp);
    case 'check': {
      const entry = item.checklist[edit.entry]!;
      return upsertChecklistEntry(item, { ...entry, done: edit.done }, BASE_MS, stamp);
    }
  }
}
