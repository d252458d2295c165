// Ordering keys within a column: fractional string keys, so a move rewrites one card only.
// Keys are compared with `<` (code-unit order, which is what fractional-indexing generates for),
// never localeCompare; equal keys (possible after a merge) are broken by id.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export function rankBetween(before: string | null, after: string | null): string {
  // Equal or inverted neighbours happen with duplicate keys from a merge: fall back to "after before".
  if (before !== null && after !== null && !(before < after)) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

export function ranksBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

export interface Ranked {
  id: string;
  rank: string;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank < b.rank) return -1;
  if (a.rank > b.rank) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The rank for a card placed at `index` in `siblings` (already sorted, without the moved card).
 */
export function rankForIndex(siblings: readonly Ranked[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = clamped > 0 ? siblings[clamped - 1]!.rank : null;
  const after = clamped < siblings.length ? siblings[clamped]!.rank : null;
  return rankBetween(before, after);
}
