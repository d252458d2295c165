// The board's five columns, each read by its own live query and filtered and sorted on its own, so a
// move re-reads, re-filters and re-renders only the columns it touched.
import { useEffect, useMemo } from 'react';
import {
  itemMatcher,
  prepareSearchText,
  visibleInColumn,
  type BoardColumns,
  type BoardFilter,
} from '../../domain/board';
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { useColumnItems } from '../../storage/queries';

function whenIdle(callback: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 2000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 200);
  return { cancel: () => clearTimeout(id) };
}

function useColumn(column: ColumnId, matches: (item: Item) => boolean) {
  const read = useColumnItems(column);
  const items = read?.items;
  // Lower-case the column's search text while the browser is idle, so the first search is quick.
  useEffect(() => {
    if (!items || !read?.complete) return;
    const handle = whenIdle(() => prepareSearchText(items));
    return () => handle.cancel();
  }, [items, read?.complete]);
  const visible = useMemo(() => (items ? visibleInColumn(items, matches) : undefined), [items, matches]);
  return { items, visible, complete: read?.complete ?? false };
}

export interface BoardData {
  /** Undefined until every column has been read once. */
  columns: BoardColumns | undefined;
  /** Live items on the board, before filtering (0 = an empty board). */
  total: number;
  /** False while some column shows only its first screen. */
  complete: boolean;
}

export function useBoardColumns(filter: BoardFilter): BoardData {
  const matches = useMemo(() => itemMatcher(filter), [filter]);
  // One call per column (hooks cannot run in a loop); the order is COLUMN_IDS.
  const idee = useColumn('idee', matches);
  const themeninfo = useColumn('themeninfo', matches);
  const entwurf = useColumn('entwurf', matches);
  const freigegeben = useColumn('freigegeben', matches);
  const veroeffentlicht = useColumn('veroeffentlicht', matches);
  const all = [idee, themeninfo, entwurf, freigegeben, veroeffentlicht];

  const columns = useMemo<BoardColumns | undefined>(
    () =>
      idee.visible && themeninfo.visible && entwurf.visible && freigegeben.visible && veroeffentlicht.visible
        ? {
            idee: idee.visible,
            themeninfo: themeninfo.visible,
            entwurf: entwurf.visible,
            freigegeben: freigegeben.visible,
            veroeffentlicht: veroeffentlicht.visible,
          }
        : undefined,
    [idee.visible, themeninfo.visible, entwurf.visible, freigegeben.visible, veroeffentlicht.visible],
  );
  const total = all.reduce((n, c) => n + (c.items?.length ?? 0), 0);
  return { columns, total, complete: all.every((c) => c.complete) };
}
