// One workflow column: a region named by its title, a virtualised list of cards (only the visible ones
// are in the DOM; each still tells screen readers its position), a drop line while dragging, quick-add.
import { useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ColumnId } from '../../domain/columns';
import { offsetOfSlot } from '../../domain/dragSlots';
import type { Item } from '../../domain/types';
import { useT } from '../../i18n';
import { BoardCard } from './BoardCard';
import type { CardLookups } from './CardBody';
import { columnRegistry } from './columnRegistry';
import { isFocusTarget, useDragStore } from './dragStore';
import { initialColumnRect, measureCardLazily, observeRectLazily } from './lazyMeasure';
import { QuickAdd } from './QuickAdd';

// Close to a typical card (measured 118–241 px, most 140–215): too small an estimate mounts cards
// that the first measurement then throws out again, e.g. after every filter keystroke.
const ESTIMATED_CARD_HEIGHT = 170;
const CARD_GAP = 8;
const estimateSize = () => ESTIMATED_CARD_HEIGHT;

interface Props {
  column: ColumnId;
  items: readonly Item[];
  /** False while only the column's first screen is read: its length is not the column's count. */
  counted: boolean;
  lookups: CardLookups;
}

export const BoardColumn = memo(function BoardColumn({ column, items, counted, lookups }: Props) {
  const t = useT();
  const headingId = `column-${column}`;
  const section = useRef<HTMLElement | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement | null>(null);
  const { setNodeRef } = useDroppable({ id: column });
  const [scrollToId, setScrollToId] = useState<string | null>(null);

  // The dragged card must stay mounted (dnd-kit measures it) even when scrolled out of the window.
  const activeId = useDragStore((s) => (s.sourceColumn === column ? s.activeId : null));
  const activeIndex = useMemo(
    () => (activeId ? items.findIndex((i) => i.id === activeId) : -1),
    [activeId, items],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  // Stable while the column's items are: the virtualiser recomputes every card's offset whenever
  // getItemKey changes, which a re-render during a drag (drop line, dragged card) must not cause on
  // a 10,000-card column.
  const getItemKey = useCallback((index: number) => items[index]!.id, [items]);
  // Read once per column: the virtualiser uses it only until ResizeObserver reports, and reading
  // window.innerHeight on every render (each keystroke of the filter) made the browser lay out first.
  const [initialRect] = useState(initialColumnRect);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    // Two cards beyond the window make scrolling smooth; none while the column shows only its first
    // screen, so the board's first frame renders just the cards that are visible.
    overscan: counted ? 2 : 0,
    gap: CARD_GAP,
    rangeExtractor,
    initialRect,
    observeElementRect: observeRectLazily,
    measureElement: measureCardLazily,
    // Card positions and the column's height are written straight to the DOM when a measurement or
    // a scroll moves them; React re-renders only when the set of mounted cards changes. Measured
    // heights (ResizeObserver, before the frame is painted) then land in the same frame: through a
    // re-render they came a frame later, so the first frame of the board or of a filtered board
    // showed cards at estimated positions, and every card below a resized one re-rendered.
    directDomUpdates: true,
  });

  const { containerRef } = virtualizer;
  const contentRef = useCallback(
    (node: HTMLDivElement | null) => {
      content.current = node;
      containerRef(node);
    },
    [containerRef],
  );

  useLayoutEffect(() => {
    columnRegistry.set(column, {
      section: section.current,
      scroller: scroller.current,
      content: content.current,
      virtualizer,
    });
    return () => {
      columnRegistry.delete(column);
    };
  }, [column, virtualizer]);

  // A card created by quick-add or moved here with the keyboard is scrolled into view once it arrives.
  const focusRequest = useDragStore((s) => (s.focusRequest?.column === column ? s.focusRequest : null));
  useEffect(() => {
    if (!scrollToId && !focusRequest) return;
    const index = items.findIndex((i) => (scrollToId ? i.id === scrollToId : isFocusTarget(focusRequest, i)));
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (scrollToId) setScrollToId(null);
  }, [focusRequest, scrollToId, items, virtualizer]);

  const dropSlot = useDragStore((s) => (s.overColumn === column && s.activeId ? s.slot : -1));
  const virtualItems = virtualizer.getVirtualItems();
  const dropLineTop =
    dropSlot >= 0 ? Math.max(0, offsetOfSlot(virtualizer.measurementsCache, dropSlot) - CARD_GAP / 2 - 2) : 0;

  return (
    <section
      className="column"
      aria-labelledby={headingId}
      ref={(node) => {
        section.current = node;
        setNodeRef(node);
      }}
    >
      <h2 className="column-heading">
        <span id={headingId}>{t.columns[column]}</span>
        <span className="column-count">
          {counted ? items.length : '…'}
          <span className="visually-hidden">
            {counted ? t.board.columnCountSuffix(items.length) : t.board.columnCountLoading}
          </span>
        </span>
      </h2>
      <div className="column-scroller" ref={scroller}>
        {items.length === 0 && <p className="column-empty">{t.board.emptyColumn}</p>}
        <div className="column-content" ref={contentRef}>
          <ul className="card-list">
            {virtualItems.map((row) => (
              <BoardCard
                key={row.key}
                item={items[row.index]!}
                lookups={lookups}
                index={row.index}
                setSize={items.length}
                measure={virtualizer.measureElement}
              />
            ))}
          </ul>
          {dropSlot >= 0 && <div className="drop-line" style={{ top: dropLineTop }} aria-hidden="true" />}
        </div>
      </div>
      <QuickAdd column={column} onCreated={setScrollToId} />
    </section>
  );
});
