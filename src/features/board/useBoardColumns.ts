// The board's five columns, each read by its own live query, with the drops still on their way
// through the live queries shown in their new place (domain/pendingMoves.ts), then filtered and sorted
// on their own: a move re-reads, re-filters and re-renders only the columns it touched.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { prepareSearchText, visibleCards, type BoardColumns, type BoardFilter } from '../../domain/board';
import type { ColumnId } from '../../domain/columns';
import { isSettled, withPendingMoves, type LiveColumns } from '../../domain/pendingMoves';
import type { Item } from '../../domain/types';
import { useColumnItems } from '../../storage/items/itemQueries';
import { whenIdle } from '../../ui/whenIdle';
import { useDragStore } from './dragStore';

/** Latest moment to lower-case a column's search text when the page is never idle. */
const SEARCH_TEXT_IDLE_TIMEOUT_MS = 2000;

/** Lower-cases the column's search text while the browser is idle, so the first search is quick. */
function usePreparedSearch(items: readonly Item[] | undefined) {
  useEffect(
    () => (items ? whenIdle(() => prepareSearchText(items), SEARCH_TEXT_IDLE_TIMEOUT_MS) : undefined),
    [items],
  );
}

function useVisible(items: readonly Item[] | undefined, filter: BoardFilter) {
  usePreparedSearch(items);
  return useMemo(() => (items ? visibleCards(items, filter) : undefined), [items, filter]);
}

/**
 * Boards above this size filter on React's deferred copy of the filter (typing stays responsive while a
 * 20,000-card board re-filters); smaller ones filter in the same render as the keystroke, so the
 * browser paints one frame with the result instead of first one with only the typed letter.
 */
export const DEFERRED_FILTER_FROM = 10_000;

export interface BoardData {
  /** Undefined until every column has been read once. */
  columns: BoardColumns | undefined;
  /** Live items on the board, before filtering (0 = an empty board). */
  total: number;
  /** False while some column shows only its first screen. */
  complete: boolean;
  /** Per column: false while it shows only its first screen (its count is not known yet). */
  completeColumns: Record<ColumnId, boolean>;
  /** True while a drop shown in its new place has not been read back from the database. */
  writing: boolean;
}

export function useBoardColumns(filter: BoardFilter): BoardData {
  // One call per column (hooks cannot run in a loop).
  const read = {
    idee: useColumnItems('idee'),
    themeninfo: useColumnItems('themeninfo'),
    entwurf: useColumnItems('entwurf'),
    freigegeben: useColumnItems('freigegeben'),
    veroeffentlicht: useColumnItems('veroeffentlicht'),
  };
  const idee = read.idee?.items;
  const themeninfo = read.themeninfo?.items;
  const entwurf = read.entwurf?.items;
  const freigegeben = read.freigegeben?.items;
  const veroeffentlicht = read.veroeffentlicht?.items;

  const pending = useDragStore((s) => s.pending);
  // The dropped cards as last seen (a Map kept for the board's lifetime, see withPendingMoves).
  const [remembered] = useState(() => new Map<string, Item>());
  const live = useMemo<LiveColumns>(
    () => ({ idee, themeninfo, entwurf, freigegeben, veroeffentlicht }),
    [idee, themeninfo, entwurf, freigegeben, veroeffentlicht],
  );
  const shown = useMemo(() => withPendingMoves(live, pending, remembered), [live, pending, remembered]);
  // Drops the live columns have caught up with are no longer applied.
  useEffect(() => {
    const settled = pending.filter((move) => isSettled(live, move, remembered.has(move.id)));
    for (const move of settled) remembered.delete(move.id);
    if (settled.length > 0) useDragStore.getState().settle(settled.map((move) => move.id));
  }, [live, pending, remembered]);

  const total = Object.values(live).reduce((n, items) => n + (items?.length ?? 0), 0);
  const large = total >= DEFERRED_FILTER_FROM;
  // A smaller board never reads the deferred copy; handing React a constant there keeps it from
  // scheduling a second, deferred render of the board after every keystroke.
  const deferredFilter = useDeferredValue(large ? filter : null);
  const applied = large ? (deferredFilter ?? filter) : filter;
  const visible: Record<ColumnId, Item[] | undefined> = {
    idee: useVisible(shown.idee, applied),
    themeninfo: useVisible(shown.themeninfo, applied),
    entwurf: useVisible(shown.entwurf, applied),
    freigegeben: useVisible(shown.freigegeben, applied),
    veroeffentlicht: useVisible(shown.veroeffentlicht, applied),
  };

  const columns = useMemo<BoardColumns | undefined>(
    () =>
      visible.idee && visible.themeninfo && visible.entwurf && visible.freigegeben && visible.veroeffentlicht
        ? {
            idee: visible.idee,
            themeninfo: visible.themeninfo,
            entwurf: visible.entwurf,
            freigegeben: visible.freigegeben,
            veroeffentlicht: visible.veroeffentlicht,
          }
        : undefined,
    [visible.idee, visible.themeninfo, visible.entwurf, visible.freigegeben, visible.veroeffentlicht],
  );
  const completeColumns = {
    idee: read.idee?.complete ?? false,
    themeninfo: read.themeninfo?.complete ?? false,
    entwurf: read.entwurf?.complete ?? false,
    freigegeben: read.freigegeben?.complete ?? false,
    veroeffentlicht: read.veroeffentlicht?.complete ?? false,
  };
  const complete = Object.values(completeColumns).every(Boolean);
  // A drop not yet read back from the database is still being written: the board says it is busy
  // (aria-busy) until then, so nothing — a screen reader, a test about to reload — takes the shown
  // place for the stored one a moment too early.
  const writing = pending.length > 0;
  return { columns, total, complete, completeColumns, writing };
}
