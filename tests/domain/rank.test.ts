import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRanked, rankBetween, rankForIndex, type Ranked } from '../../src/domain/rank';

describe('ordering keys', () => {
  it('puts a new key strictly between its neighbours (compared with <)', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const mid = rankBetween(a, b);
    expect(a < mid && mid < b).toBe(true);
  });

  it('inserting at any index keeps the list sorted, over many random insertions', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (positions) => {
        const list: Ranked[] = [];
        positions.forEach((p, n) => {
          const index = p % (list.length + 1);
          list.splice(index, 0, { id: `id${n}`, rank: rankForIndex(list, index) });
        });
        const sorted = [...list].sort(compareRanked);
        expect(sorted.map((r) => r.id)).toEqual(list.map((r) => r.id));
      }),
    );
  });

  it('breaks equal keys by id and survives duplicate neighbours from a merge', () => {
    const items = [
      { id: 'b', rank: 'a0' },
      { id: 'a', rank: 'a0' },
    ];
    expect([...items].sort(compareRanked).map((i) => i.id)).toEqual(['a', 'b']);
    expect(rankBetween('a0', 'a0') > 'a0').toBe(true);
  });

  it('orders by code unit, not by locale', () => {
    // 'Z' < 'a' in code units; localeCompare would say otherwise.
    const items = [
      { id: '1', rank: 'a' },
      { id: '2', rank: 'Z' },
    ];
    expect([...items].sort(compareRanked).map((i) => i.rank)).toEqual(['Z', 'a']);
  });
});
