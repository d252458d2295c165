// The board's five columns, each read by its own live query and filtered and sorted on its own, so a
// move re-reads, re-filters and re-renders only the columns it touched.
import { useDeferredValue, useEffect, useMemo } from 'react';
import { prepareSearchText, visibleCards, type BoardColumns, type BoardFilter } from '../../domain/board';
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { useColumnItems } from '../../storage/queries';
import { whenIdle } from '../../ui/whenIdle';

/** Latest moment to lower-case a column's search text when the page is never idle. */
const SEARCH_TEXT_IDLE_TIMEOUT_MS = 2000;

/** The full column, read live; its search text is lower-cased while the browser is idle. */
function useColumn(column: ColumnId) {
  const read = useColumnItems(column);
  const items = read?.items;
  // Lower-case the column's search text while the browser is idle, so the first search is quick.
  useEffect(() => {
    if (!items || !read?.complete) return;
    return whenIdle(() => prepareSearchText(items), SEARCH_TEXT_IDLE_TIMEOUT_MS);
  }, [items, read?.complete]);
  return { items, complete: read?.complete ?? false };
}

function useVisible(items: readonly Item[] | undefined, filter: BoardFilter) {
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
}

export function useBoardColumns(filter: BoardFilter): BoardData {
  // One call per column (hooks cannot run in a loop); the order is COLUMN_IDS.
  const read = {
    idee: useColumn('idee'),
    themeninfo: useColumn('themeninfo'),
    entwurf: useColumn('entwurf'),
    freigegeben: useColumn('freigegeben'),
    veroeffentlicht: useColumn('veroeffentlicht'),
  };
  const all = Object.values(read);
  const total = all.reduce((n, c) => n + (c.items?.length ?? 0), 0);
  const large = total >= DEFERRED_FILTER_FROM;
  // A smaller board never reads the deferred copy; handing React a constant there keeps it from
  // scheduling a second, deferred render of the board after every keystroke.
  const deferredFilter = useDeferredValue(large ? filter : null);
  const applied = large ? (deferredFilter ?? filter) : filter;
  const idee = useVisible(read.idee.items, applied);
  const themeninfo = useVisible(read.themeninfo.items, applied);
  const entwurf = useVisible(read.entwurf.items, applied);
  const freigegeben = useVisible(read.freigegeben.items, applied);
  const veroeffentlicht = useVisible(read.veroeffentlicht.items, applied);

  const columns = useMemo<BoardColumns | undefined>(
    () =>
      idee && themeninfo && entwurf && freigegeben && veroeffentlicht
        ? {
            idee,
            themeninfo,
            entwurf,
            freigegeben,
            veroeffentlicht,
          }
        : undefined,
    [idee, themeninfo, entwurf, freigegeben, veroeffentlicht],
  );
  const completeColumns = {
    idee: read.idee.complete,
    themeninfo: read.themeninfo.complete,
    entwurf: read.entwurf.complete,
    freigegeben: read.freigegeben.complete,
    veroeffentlicht: read.veroeffentlicht.complete,
  };
  return { columns, total, complete: all.every((c) => c.complete), completeColumns };
}
