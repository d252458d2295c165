import { describe, expect, it } from 'vitest';
import { mergeItem } from '../../src/domain/merge';
import { compareRanked } from '../../src/domain/rank';
import { rekeyDuplicateRanks } from '../../src/domain/rekey';
import { makeItem } from './fixtures';

const card = (id: string, rank: string, column: 'idee' | 'entwurf' = 'idee') =>
  makeItem({ title: id, column, rank }, { id });

const order = (items: { id: string; rank: string }[]) => [...items].sort(compareRanked).map((i) => i.id);

describe('re-keying duplicate ordering keys after a merge', () => {
  it('gives every card of a tie but the first (by id) a key between the tie and the next card', () => {
    const items = [card('c', 'a0'), card('a', 'a0'), card('b', 'a0'), card('d', 'a1')];
    const out = rekeyDuplicateRanks(items);
    const rank = (id: string) => out.find((i) => i.id === id)!.rank;
    expect(rank('a')).toBe('a0');
    expect(rank('d')).toBe('a1');
    expect(new Set(out.map((i) => i.rank)).size).toBe(4);
    expect('a0' < rank('b') && rank('b') < rank('c') && rank('c') < 'a1').toBe(true);
    // The order on screen (key, then id) does not change.
    expect(order(out)).toEqual(order(items));
  });

  it('only compares keys within a column and leaves unique keys alone', () => {
    const items = [card('a', 'a0'), card('b', 'a0', 'entwurf'), card('c', 'a1')];
    expect(rekeyDuplicateRanks(items)).toEqual(items);
  });

  it('keeps the position stamp and beats the old key in a merge, so re-importing changes nothing', () => {
    const items = [card('a', 'a0'), card('b', 'a0')];
    const rekeyed = rekeyDuplicateRanks(items).find((i) => i.id === 'b')!;
    expect(rekeyed.clocks.position).toBe(items[1]!.clocks.position);
    expect(mergeItem(items[1]!, rekeyed)).toEqual(rekeyed);
    expect(mergeItem(rekeyed, items[1]!)).toEqual(rekeyed);
  });

  it('gives the same keys whatever order the cards come in', () => {
    const items = [card('a', 'a0'), card('b', 'a0'), card('c', 'a0'), card('d', 'Zz')];
    const sorted = (list: typeof items) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(sorted(rekeyDuplicateRanks([...items].reverse()))).toEqual(sorted(rekeyDuplicateRanks(items)));
  });

  it('leaves a tie of keys that are not fractional keys (a hand-edited file) to the id order', () => {
    const items = [card('a', 'x y'), card('b', 'x y')];
    expect(rekeyDuplicateRanks(items)).toEqual(items);
  });
});
