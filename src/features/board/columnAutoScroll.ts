// Pointer drags scroll the column under the pointer when it nears the column's top or bottom edge.
// (dnd-kit's own auto-scroll only scrolls ancestors of the droppable; our droppable is the whole
// column section, whose list scrolls inside it.) One rAF loop, started and stopped by the drag.
import type { ColumnId } from '../../domain/columns';
import { columnRegistry } from './columnRegistry';

const EDGE = 56;
const MAX_STEP = 18;

let frame = 0;
let target: { column: ColumnId; step: number } | null = null;
let afterScroll: (() => void) | null = null;

function tick() {
  frame = 0;
  if (!target) return;
  const scroller = columnRegistry.get(target.column)?.scroller;
  if (!scroller) return;
  const before = scroller.scrollTop;
  scroller.scrollTop = before + target.step;
  if (scroller.scrollTop !== before) afterScroll?.();
  frame = requestAnimationFrame(tick);
}

/** Called on each pointer move with the column under the pointer (or null). */
export function updateAutoScroll(column: ColumnId | null, clientY: number, onScrolled: () => void): void {
  afterScroll = onScrolled;
  const scroller = column ? columnRegistry.get(column)?.scroller : null;
  if (!column || !scroller) return stopAutoScroll();
  const rect = scroller.getBoundingClientRect();
  let step = 0;
  if (clientY < rect.top + EDGE) step = -MAX_STEP * Math.min(1, (rect.top + EDGE - clientY) / EDGE);
  else if (clientY > rect.bottom - EDGE)
    step = MAX_STEP * Math.min(1, (clientY - (rect.bottom - EDGE)) / EDGE);
  if (step === 0) return stopAutoScroll();
  target = { column, step };
  if (!frame) frame = requestAnimationFrame(tick);
}

export function stopAutoScroll(): void {
  target = null;
  afterScroll = null;
  if (frame) cancelAnimationFrame(frame);
  frame = 0;
}
