// Where each rendered column lives on screen and how its virtualised list is laid out. The drag code
// needs this per pointer move; keeping it in a plain map (not React state) keeps that path free of
// renders. Columns register themselves in a layout effect.
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ColumnId } from '../../domain/columns';
import { offsetOfSlot, slotAtOffset } from '../../domain/dragSlots';

export interface ColumnHandle {
  section: HTMLElement | null;
  scroller: HTMLDivElement | null;
  /** The positioned box the cards are laid out in (top = offset 0). */
  content: HTMLDivElement | null;
  virtualizer: Virtualizer<HTMLDivElement, HTMLLIElement>;
}

export const columnRegistry = new Map<ColumnId, ColumnHandle>();

/** Slot of the column's displayed list under a viewport y coordinate. */
export function slotAtPoint(column: ColumnId, clientY: number): number {
  const handle = columnRegistry.get(column);
  if (!handle?.content) return 0;
  const top = handle.content.getBoundingClientRect().top;
  return slotAtOffset(handle.virtualizer.measurementsCache, clientY - top);
}

const SCROLL_MARGIN = 48;

/**
 * Viewport coordinates of a slot (the column's horizontal centre, the gap's y), scrolling the board
 * and the column first so that the slot is visible. Used by the keyboard drag.
 */
export function pointOfSlot(column: ColumnId, slot: number): { x: number; y: number } | null {
  const handle = columnRegistry.get(column);
  if (!handle?.section || !handle.scroller || !handle.content) return null;
  handle.section.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  const offset = offsetOfSlot(handle.virtualizer.measurementsCache, slot);
  const scroller = handle.scroller;
  if (offset < scroller.scrollTop + SCROLL_MARGIN) scroller.scrollTop = Math.max(0, offset - SCROLL_MARGIN);
  else if (offset > scroller.scrollTop + scroller.clientHeight - SCROLL_MARGIN)
    scroller.scrollTop = offset - scroller.clientHeight + SCROLL_MARGIN;
  const sectionRect = handle.section.getBoundingClientRect();
  const contentTop = handle.content.getBoundingClientRect().top;
  return { x: sectionRect.left + sectionRect.width / 2, y: contentTop + offset };
}
