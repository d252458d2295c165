// Pure rules for what the board shows: which items, in which column, in which order.
import { COLUMN_IDS, type ColumnId } from './columns';
import { compareRanked } from './rank';
import type { Item } from './types';

export interface BoardFilter {
  /** Show only items carrying one of these channels (empty = all). */
  channelIds: string[];
  /** Show only items assigned to this member; 'none' = unassigned; null = all. */
  assigneeId: string | null;
  urgentOnly: boolean;
  /** Free text, matched case-insensitively against title, brief, department, contact and notes. */
  text: string;
  showArchived: boolean;
}

export const EMPTY_FILTER: BoardFilter = {
  channelIds: [],
  assigneeId: null,
  urgentOnly: false,
  text: '',
  showArchived: false,
};

export function isFilterActive(filter: BoardFilter): boolean {
  return (
    filter.channelIds.length > 0 ||
    filter.assigneeId !== null ||
    filter.urgentOnly ||
    filter.text.trim() !== '' ||
    filter.showArchived
  );
}

/** What the text filter searches: title, brief, department, contact and notes, lower-cased. */
function lowerText(item: Item): string {
  // toLowerCase equals German lower-casing (no locale-specific rules for de) and is much faster.
  return `${item.title}\n${item.brief}\n${item.department}\n${item.contact}\n${item.notes}`.toLowerCase();
}

/**
 * A column's search text as one string: the items' texts joined by a separator, with where each
 * item's text starts. One native indexOf over it finds a word in 5,000 cards several times faster than
 * 5,000 includes() calls, each after a WeakMap lookup (where the filter spent most of its time on a
 * large board). Built once per column array (a live query hands out a new one, with new item objects,
 * after each write); the items' own texts are not kept.
 */
interface ColumnText {
  text: string;
  /** starts[i] = offset of items[i]'s text in `text`. */
  starts: Int32Array;
}

/** Between two items' texts. The search box cannot enter it, so no match spans two items. */
const ITEM_SEPARATOR = '\u0000';

const columnTexts = new WeakMap<readonly Item[], ColumnText>();

function columnText(items: readonly Item[]): ColumnText {
  let found = columnTexts.get(items);
  if (!found) {
    const texts = items.map(lowerText);
    const starts = new Int32Array(items.length);
    let offset = 0;
    texts.forEach((text, i) => {
      starts[i] = offset;
      offset += text.length + ITEM_SEPARATOR.length;
    });
    found = { text: texts.join(ITEM_SEPARATOR), starts };
    columnTexts.set(items, found);
  }
  return found;
}

/**
 * The items of `items` whose search text contains `needle` (lower-cased, without the separator), in
 * their order in `items`.
 */
function itemsContaining(items: readonly Item[], needle: string): Item[] {
  const { text, starts } = columnText(items);
  const hits: Item[] = [];
  for (let at = text.indexOf(needle); at !== -1;) {
    // The item whose text holds offset `at`: the last start at or before it.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    hits.push(items[low]!);
    // One hit per item is enough: go on at the next item's text.
    if (low + 1 >= starts.length) break;
    at = text.indexOf(needle, starts[low + 1]!);
  }
  return hits;
}

/** Prepares the search text of these items ahead of the first search (called in idle time). */
export function prepareSearchText(items: readonly Item[]): void {
  columnText(items);
}

/**
 * A predicate built once per filter. The board's columns search text with visibleCards instead; this
 * one looks at each item's text on its own (no cache: nothing calls it per keystroke any more).
 */
export function itemMatcher(filter: BoardFilter): (item: Item) => boolean {
  const needle = filter.text.trim().toLowerCase();
  return criteriaMatcher(filter, needle === '' ? null : (item) => lowerText(item).includes(needle));
}

function criteriaMatcher(
  filter: BoardFilter,
  textMatches: ((item: Item) => boolean) | null,
): (item: Item) => boolean {
  const channels = new Set(filter.channelIds);
  return (item) => {
    if (item.deleted) return false;
    if (item.archived && !filter.showArchived) return false;
    if (filter.urgentOnly && !item.urgent) return false;
    if (filter.assigneeId !== null) {
      if (filter.assigneeId === 'none' ? item.assigneeId !== null : item.assigneeId !== filter.assigneeId)
        return false;
    }
    if (channels.size > 0 && !item.channelIds.some((id) => channels.has(id))) return false;
    if (textMatches && !textMatches(item)) return false;
    return true;
  };
}

/** Order inside a column: urgent items first, then by rank, ties by id. */
export function compareInColumn(a: Item, b: Item): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return compareRanked(a, b);
}

export type BoardColumns = Record<ColumnId, Item[]>;

/**
 * The cards one column shows: matching items, urgent first, then by rank. A column read through the
 * [column+rank] index is already in rank order, so one pass that puts urgent cards first is enough
 * (no sort of thousands of cards on every keystroke); any other input is sorted.
 */
export function visibleInColumn(items: readonly Item[], matches: (item: Item) => boolean): Item[] {
  const urgent: Item[] = [];
  const rest: Item[] = [];
  let previous: Item | undefined;
  for (const item of items) {
    if (previous && compareRanked(previous, item) > 0) return items.filter(matches).sort(compareInColumn);
    previous = item;
    if (matches(item)) (item.urgent ? urgent : rest).push(item);
  }
  return urgent.length === 0 ? rest : urgent.concat(rest);
}

/**
 * The cards a column (`items`, as read) shows under `filter`: visibleInColumn with itemMatcher, but a
 * text is searched once in the whole column's text, and only the items that contain it are looked at
 * further (on 5,000 cards, a word typed into the filter then walks a few hundred, not all of them).
 */
export function visibleCards(items: readonly Item[], filter: BoardFilter): Item[] {
  const needle = filter.text.trim().toLowerCase();
  if (needle === '' || needle.includes(ITEM_SEPARATOR)) return visibleInColumn(items, itemMatcher(filter));
  return visibleInColumn(itemsContaining(items, needle), criteriaMatcher(filter, null));
}

export function groupIntoColumns(items: readonly Item[], filter: BoardFilter): BoardColumns {
  const matches = itemMatcher(filter);
  const byColumn = Object.fromEntries(COLUMN_IDS.map((id) => [id, [] as Item[]])) as BoardColumns;
  for (const item of items) byColumn[item.column].push(item);
  for (const id of COLUMN_IDS) byColumn[id] = visibleInColumn(byColumn[id], matches);
  return byColumn;
}

/**
 * Siblings that define the rank of a card dropped at `index` of the displayed column: only cards of the
 * same urgency, because urgent cards always sort first whatever their rank. Returns the siblings and the
 * index within them.
 */
export function dropSiblings(
  displayed: readonly Item[],
  moved: Item,
  index: number,
): { siblings: Item[]; index: number } {
  const others = displayed.filter((i) => i.id !== moved.id);
  const clamped = Math.max(0, Math.min(index, others.length));
  const siblings = others.filter((i) => i.urgent === moved.urgent);
  const before = others.slice(0, clamped).filter((i) => i.urgent === moved.urgent).length;
  return { siblings, index: before };
}

export type DueState = 'overdue' | 'today' | 'soon' | null;

/** Due state of an item relative to `today` (yyyy-MM-dd); published items are never due. */
export function dueState(item: Item, today: string, soonDays = 3): DueState {
  if (!item.publishDate || item.column === 'veroeffentlicht') return null;
  if (item.publishDate < today) return 'overdue';
  if (item.publishDate === today) return 'today';
  const t = Date.parse(`${today}T00:00:00Z`);
  const d = Date.parse(`${item.publishDate}T00:00:00Z`);
  return (d - t) / 86_400_000 <= soonDays ? 'soon' : null;
}
