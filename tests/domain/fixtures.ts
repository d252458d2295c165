// Hand-built items for domain tests: a counter-based stamp and id generator keeps them deterministic.
import { createItem, type NewItemInput } from '../../src/domain/items';
import type { Channel, Item, StandupRecord } from '../../src/domain/types';

export function stamper(node = 'test') {
  let n = 0;
  return () => `2026-11-25T08:00:00.000Z-${(n++).toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}

let idCounter = 0;
export const nextId = () => `id-${(idCounter++).toString().padStart(5, '0')}`;

export function makeItem(
  input: Partial<NewItemInput> & { title: string },
  overrides: Partial<Item> = {},
): Item {
  const item = createItem(
    { column: 'idee', rank: 'a0', ...input },
    Date.parse('2026-11-25T08:00:00Z'),
    stamper(),
    nextId,
  );
  return { ...item, ...overrides };
}

/** A saved stand-up of 25.11.2026, 15 minutes, with the given clock. */
export function makeStandup(id: string, clock: string, patch: Partial<StandupRecord> = {}): StandupRecord {
  const start = Date.parse('2026-11-25T08:00:00Z');
  return {
    id,
    day: '2026-11-25',
    startedAt: start,
    endedAt: start + 900_000,
    durationMs: 900_000,
    notes: '',
    decisions: [],
    deleted: false,
    clock,
    ...patch,
  };
}

/** A channel named by its id, with a weekly target; `extra` overrides the rest. */
export function makeChannel(id: string, weeklyTarget: number, extra: Partial<Channel> = {}): Channel {
  return {
    id,
    name: id,
    color: '#336699',
    weeklyTarget,
    retired: false,
    visual: false,
    rank: 'a0',
    deleted: false,
    clocks: {},
    ...extra,
  };
}
