import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleInColumn } from '../../src/domain/board';
import { compareRanked } from '../../src/domain/rank';
import { firstScreenOf, urgentColumnKey } from '../../src/domain/firstScreen';
import type { Item } from '../../src/domain/types';
import { makeItem } from './fixtures';

const everything = () => true;

/** What the two index reads of public/first-screen.js and the app return for a column. */
function readFirstScreen(column: readonly Item[], cards: number) {
  const byRank = [...column].sort(compareRanked);
  const urgent = byRank.filter((item) => urgentColumnKey(item) === 'idee');
  return firstScreenOf(urgent.slice(0, cards), byRank.slice(0, cards), cards);
}

describe('first screen of a column', () => {
  it('keys only live urgent items, by their column', () => {
    expect(urgentColumnKey({ urgent: true, deleted: false, column: 'entwurf' })).toBe('entwurf');
    expect(urgentColumnKey({ urgent: false, deleted: false, column: 'entwurf' })).toBeUndefined();
    expect(urgentColumnKey({ urgent: true, deleted: true, column: 'entwurf' })).toBeUndefined();
  });

  it('shows an urgent card from far down the column on top, as the whole column will', () => {
    const column = Array.from({ length: 40 }, (_, i) =>
      makeItem({ title: `Karte ${i}`, rank: `a${String(i).padStart(2, '0')}` }, { urgent: i === 33 }),
    );
    const first = readFirstScreen(column, 25);
    expect(first[0]!.title).toBe('Karte 33');
    expect(first.map((i) => i.title).slice(1, 3)).toEqual(['Karte 0', 'Karte 1']);
  });

  it('is always the start of what the whole column shows', () => {
    const card = fc.record({
      rank: fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
      urgent: fc.boolean(),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(card, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (cards, size) => {
        const column = cards.map((c, i) =>
          makeItem({ title: `K${i}`, rank: c.rank }, { urgent: c.urgent, deleted: c.deleted }),
        );
        const whole = visibleInColumn(
          [...column].filter((i) => !i.deleted).sort(compareRanked),
          everything,
        ).map((i) => i.id);
        const first = visibleInColumn(readFirstScreen(column, size), everything).map((i) => i.id);
        expect(whole.slice(0, first.length)).toEqual(first);
        // A screenful while the column has that many cards (tombstones read take places of their own).
        if (!column.some((i) => i.deleted))
          expect(first.length).toBeGreaterThanOrEqual(Math.min(size, whole.length));
      }),
    );
  });
});
