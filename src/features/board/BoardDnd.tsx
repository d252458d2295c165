// Drag and drop for the board. Only the five columns are droppables (cheap collision: which column
// rect holds the pointer); the insertion slot comes from the pointer's y and the column's virtualiser
// offsets. The keyboard steers a (column, index) target and reports the slot's screen position, so
// pointer and keyboard share the same collision and drop logic. A drop writes exactly one card.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { EMPTY_FILTER, groupIntoColumns, type BoardColumns } from '../../domain/board';
import { COLUMN_IDS, isColumnId, type ColumnId } from '../../domain/columns';
import {
  clampToUrgency,
  dropNeighbours,
  insertIndexFromSlot,
  isTargetKey,
  slotFromInsertIndex,
  stepTarget,
} from '../../domain/dragSlots';
import { rankBetween } from '../../domain/rank';
import type { Item } from '../../domain/types';
import { useT } from '../../i18n';
import { dropCard } from './boardActions';
import { CardBody, cardTitle, type CardLookups } from './CardBody';
import { columnRegistry, pointOfSlot, slotAtPoint } from './columnRegistry';
import { stopAutoScroll, updateAutoScroll } from './columnAutoScroll';
import { useDragStore } from './dragStore';

interface Point {
  x: number;
  y: number;
}

/**
 * The columns as displayed, for the drag handlers (which run outside render). There is one board;
 * a plain holder keeps the handlers stable and the drag path free of re-renders.
 */
const columnsRef: { current: BoardColumns } = { current: groupIntoColumns([], EMPTY_FILTER) };

/** What the keyboard coordinate getter returned last in this drag. */
let lastKeyboardCoordinates: Point | null = null;

/** Last pointer position seen by collision detection (real client coordinates, unlike event deltas). */
let lastPointer: Point | null = null;

const columnAt = (point: Point): ColumnId | null => {
  for (const id of COLUMN_IDS) {
    const rect = columnRegistry.get(id)?.section?.getBoundingClientRect();
    if (
      rect &&
      point.x >= rect.left &&
      point.x <= rect.right &&
      point.y >= rect.top &&
      point.y <= rect.bottom
    )
      return id;
  }
  return null;
};

const columnUnderPoint: CollisionDetection = ({ pointerCoordinates, collisionRect, droppableContainers }) => {
  lastPointer = pointerCoordinates;
  const point = pointerCoordinates ?? {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  const column = columnAt(point);
  const container = column ? droppableContainers.find((c) => c.id === column) : undefined;
  return container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
};

const isKeyboardDrag = () => useDragStore.getState().keyboardTarget !== null;

function draggedItem(active: { data: { current?: Record<string, unknown> } }): Item | null {
  return (active.data.current?.item as Item | undefined) ?? null;
}

interface Props {
  columns: BoardColumns;
  lookups: CardLookups;
  children: ReactNode;
}

export function BoardDnd({ columns, lookups, children }: Props) {
  const t = useT();
  useLayoutEffect(() => {
    columnsRef.current = columns;
  }, [columns]);

  const sensors = useSensors(
    // Mouse + touch sensors rather than one PointerSensor: a touch must be held briefly before it
    // drags, so swiping a column still scrolls it; a mouse drags after 6 px, so a click opens the card.
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates, scrollBehavior: 'auto' }),
  );

  const where = (): string => {
    const s = useDragStore.getState();
    if (!s.overColumn) return '';
    const length = columnsRef.current[s.overColumn].length;
    const sameColumn = s.overColumn === s.sourceColumn;
    const index = insertIndexFromSlot(s.slot, sameColumn ? s.draggedIndex : -1);
    return t.board.dnd.position(t.columns[s.overColumn], index + 1, sameColumn ? length : length + 1);
  };
  const lastAnnounced = useRef('');
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const item = draggedItem(active);
      lastAnnounced.current = where();
      return item ? t.board.dnd.pickedUp(cardTitle(item), lastAnnounced.current) : undefined;
    },
    onDragMove: ({ active }) => {
      const item = draggedItem(active);
      const now = where();
      if (!item || now === lastAnnounced.current || now === '') return undefined;
      lastAnnounced.current = now;
      return t.board.dnd.movedOver(cardTitle(item), now);
    },
    onDragOver: ({ active, over }) => {
      const item = draggedItem(active);
      if (!item || over) return undefined;
      lastAnnounced.current = '';
      return t.board.dnd.outside(cardTitle(item));
    },
    onDragEnd: ({ active, over }) => {
      const item = draggedItem(active);
      if (!item) return undefined;
      return over
        ? t.board.dnd.dropped(cardTitle(item), lastAnnounced.current)
        : t.board.dnd.droppedOutside(cardTitle(item));
    },
    onDragCancel: ({ active }) => {
      const item = draggedItem(active);
      return item ? t.board.dnd.cancelled(cardTitle(item)) : undefined;
    },
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const item = draggedItem(active);
    if (!item) return;
    const index = columnsRef.current[item.column].findIndex((i) => i.id === item.id);
    useDragStore.getState().start(item.id, item.column, index, activatorEvent instanceof KeyboardEvent);
  };

  const trackPointer = () => {
    if (isKeyboardDrag() || !lastPointer) return;
    const s = useDragStore.getState();
    const column = columnAt(lastPointer);
    const item = s.sourceColumn ? columnsRef.current[s.sourceColumn][s.draggedIndex] : undefined;
    if (!column || !item) return s.setOver(null, -1);
    const draggedIndex = column === s.sourceColumn ? s.draggedIndex : -1;
    const index = insertIndexFromSlot(slotAtPoint(column, lastPointer.y), draggedIndex);
    const allowed = clampToUrgency(columnsRef.current[column], item, index, draggedIndex >= 0);
    s.setOver(column, slotFromInsertIndex(allowed, draggedIndex));
  };

  const onDragMove = (_event: DragMoveEvent) => {
    if (isKeyboardDrag() || !lastPointer) return;
    trackPointer();
    updateAutoScroll(useDragStore.getState().overColumn, lastPointer.y, trackPointer);
  };

  const cancel = () => {
    stopAutoScroll();
    lastPointer = null;
    lastKeyboardCoordinates = null;
    useDragStore.getState().end();
  };

  /**
   * The drop: its rank is computed once, between the neighbours the board shows; the card shows there
   * at once (a pending move in the drag store) while the one move command writes it. A refused or
   * failed write drops the pending move, so the card is back where it was.
   */
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = draggedItem(active);
    const s = useDragStore.getState();
    const keyboard = s.keyboardTarget !== null;
    if (!keyboard) trackPointer();
    const { overColumn, slot, sourceColumn, draggedIndex, keyboardTarget } = useDragStore.getState();
    stopAutoScroll();
    lastPointer = null;
    lastKeyboardCoordinates = null;
    if (!item || !over || !isColumnId(over.id) || !overColumn) return useDragStore.getState().end();
    const index = keyboardTarget
      ? keyboardTarget.index
      : insertIndexFromSlot(slot, overColumn === sourceColumn ? draggedIndex : -1);
    const neighbours = dropNeighbours(columnsRef.current[overColumn], item, overColumn, index);
    if (!neighbours) return useDragStore.getState().end(); // dropped where it was
    const to = { column: overColumn, rank: rankBetween(neighbours.before, neighbours.after) };
    const from = { column: item.column, rank: item.rank };
    // The write starts first: its first requests are on their way while React renders the drop.
    const written = dropCard(item, to);
    useDragStore.getState().endWithMove({ id: item.id, from, to, committed: false });
    if (keyboard) useDragStore.getState().requestFocus({ id: item.id, ...to, part: 'handle' });
    void written.then((ok) => {
      const store = useDragStore.getState();
      if (ok) return store.committed(item.id);
      store.settle([item.id]);
      if (keyboard) store.requestFocus({ id: item.id, ...from, part: 'handle' });
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnUnderPoint}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={cancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.board.dnd.instructions } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        <OverlayCard columns={columns} lookups={lookups} />
      </DragOverlay>
    </DndContext>
  );
}

function OverlayCard({ columns, lookups }: { columns: BoardColumns; lookups: CardLookups }) {
  const activeId = useDragStore((s) => s.activeId);
  const sourceColumn = useDragStore((s) => s.sourceColumn);
  const item = useMemo(
    () => (activeId && sourceColumn ? columns[sourceColumn].find((i) => i.id === activeId) : undefined),
    [activeId, sourceColumn, columns],
  );
  if (!item) return null;
  return (
    <div className={item.urgent ? 'card card-overlay card-urgent' : 'card card-overlay'}>
      <CardBody item={item} lookups={lookups} />
    </div>
  );
}

/**
 * Keyboard drag: each arrow key steps the (column, index) target and returns coordinates that put
 * the dragged rect's centre on that slot, so the overlay follows and the collision finds the column.
 */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (!isTargetKey(event.code)) return undefined;
  event.preventDefault();
  const s = useDragStore.getState();
  if (!s.keyboardTarget || !s.sourceColumn || !context.collisionRect) return undefined;
  const columns = columnsRef.current;
  const lengths = Object.fromEntries(COLUMN_IDS.map((id) => [id, columns[id].length])) as Record<
    ColumnId,
    number
  >;
  const stepped = stepTarget(s.keyboardTarget, event.code, lengths, s.sourceColumn);
  const item = columns[s.sourceColumn][s.draggedIndex];
  if (!item) return undefined;
  const next = {
    ...stepped,
    index: clampToUrgency(columns[stepped.column], item, stepped.index, stepped.column === s.sourceColumn),
  };
  const slot = slotFromInsertIndex(next.index, next.column === s.sourceColumn ? s.draggedIndex : -1);
  const point = pointOfSlot(next.column, slot);
  if (!point) return undefined;
  s.setKeyboardTarget(next, slot);
  // The sensor moves the dragged rect by (returned - first returned), but dnd-kit re-measures the source
  // card as its column scrolls, so absolute coordinates drift. Step from what we returned last by the
  // distance between where the rect is now and where it should be.
  const rect = context.collisionRect;
  const base = lastKeyboardCoordinates ?? currentCoordinates;
  lastKeyboardCoordinates = {
    x: base.x + (point.x - rect.width / 2 - currentCoordinates.x),
    y: base.y + (point.y - rect.height / 2 - currentCoordinates.y),
  };
  return lastKeyboardCoordinates;
};
