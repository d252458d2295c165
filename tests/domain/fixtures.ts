// Hand-built items for domain tests: a counter-based stamp and id generator keeps them deterministic.
import { createItem, type NewItemInput } from '../../src/domain/items';
import type { Item } from '../../src/domain/types';

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
