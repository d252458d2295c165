// Drag and drop for the calendar: days are the droppables, items (and tray items) the draggables.
// A drop on another day changes only publishDate (the time of day stays). The keyboard steers a
// target day (←/→ a day, ↑/↓ a week, inside the shown days) and moves the overlay onto it, so pointer
// and keyboard share the same collision and drop; announcements in German.
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
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { stepDay } from '../../domain/calendar';
import { germanDate } from '../../domain/calendarDays';
import type { Item } from '../../domain/types';
import { useCalendarT, type CalendarMessages } from './calendarI18n';
import { cardTitle } from '../board/CardBody';
import { rescheduleItem } from './calendarActions';
import { useCalendarStore } from './calendarStore';
import { pointInDay } from './dayRegistry';

export const dayDroppableId = (day: string) => `day:${day}`;
const dayOf = (id: UniqueIdentifier | undefined | null): string | null =>
  typeof id === 'string' && id.startsWith('day:') ? id.slice(4) : null;

/** The days shown, for handlers that run outside render (one calendar is mounted at a time). */
const shown: { days: readonly string[]; today: string } = { days: [], today: '' };

let lastKeyboardCoordinates: { x: number; y: number } | null = null;

const dayUnderPoint: CollisionDetection = ({ pointerCoordinates, collisionRect, droppableRects }) => {
  const point = pointerCoordinates ?? {
    x: collisionRect.left + collisionRect.width / 2,
    y: collisionRect.top + collisionRect.height / 2,
  };
  for (const [id, rect] of droppableRects) {
    if (point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom)
      return [{ id }];
  }
  return [];
};

const draggedItem = (active: { data: { current?: Record<string, unknown> } }): Item | null =>
  (active.data.current?.item as Item | undefined) ?? null;

/** Where the first arrow key puts an undated (tray) item: today if shown, else the first shown day. */
const firstDay = () => (shown.days.includes(shown.today) ? shown.today : shown.days[0]!);

function dayName(t: CalendarMessages, day: string): string {
  const weekday = t.calendar.weekdays[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7]!;
  return t.calendar.dayLabel(weekday, germanDate(day));
}

interface Props {
  days: readonly string[];
  today: string;
  children: ReactNode;
}

export function CalendarDnd({ days, today, children }: Props) {
  const t = useCalendarT();
  useLayoutEffect(() => {
    shown.days = days;
    shown.today = today;
  }, [days, today]);

  const sensors = useSensors(
    // As on the board: a mouse drags after 6 px (a click opens the item), a touch after a short hold
    // (a swipe still scrolls).
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates, scrollBehavior: 'auto' }),
  );

  // The day said last: dnd-kit reports "over" the item's own day right after the pick-up, which would
  // replace the pick-up message in the live region.
  const lastAnnounced = useRef<string | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const item = draggedItem(active);
      lastAnnounced.current = item?.publishDate ?? null;
      if (!item) return undefined;
      return item.publishDate
        ? t.calendar.dnd.pickedUp(cardTitle(item), dayName(t, item.publishDate))
        : t.calendar.dnd.pickedUpUndated(cardTitle(item));
    },
    onDragOver: ({ active, over }) => {
      const item = draggedItem(active);
      const day = dayOf(over?.id);
      if (!item || day === lastAnnounced.current) return undefined;
      if (!day) {
        // While the overlay is first measured, a keyboard drag is briefly over nothing; it always
        // aims at a day, so that moment is not worth interrupting the pick-up message.
        return useCalendarStore.getState().keyboard ? undefined : t.calendar.dnd.outside(cardTitle(item));
      }
      lastAnnounced.current = day;
      return t.calendar.dnd.over(cardTitle(item), dayName(t, day));
    },
    onDragEnd: ({ active, over }) => {
      const item = draggedItem(active);
      const day = dayOf(over?.id);
      if (!item) return undefined;
      return day
        ? t.calendar.dnd.dropped(cardTitle(item), dayName(t, day))
        : t.calendar.dnd.droppedOutside(cardTitle(item));
    },
    onDragCancel: ({ active }) => {
      const item = draggedItem(active);
      return item ? t.calendar.dnd.cancelled(cardTitle(item)) : undefined;
    },
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const item = draggedItem(active);
    if (!item) return;
    useCalendarStore.getState().startDrag(item, activatorEvent instanceof KeyboardEvent);
  };

  const onDragOver = ({ over }: DragOverEvent) => {
    if (!useCalendarStore.getState().keyboard) useCalendarStore.getState().setOverDay(dayOf(over?.id));
  };

  const finish = () => {
    lastKeyboardCoordinates = null;
    useCalendarStore.getState().endDrag();
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = draggedItem(active);
    const s = useCalendarStore.getState();
    const keyboard = s.keyboard;
    const day = keyboard ? s.keyboardDay : dayOf(over?.id);
    finish();
    if (!item || !day) return;
    void rescheduleItem(item, day).then((moved) => {
      // The item re-mounts in its new day; the handle gets focus back there.
      if (keyboard)
        useCalendarStore
          .getState()
          .requestFocus({ id: item.id, day: moved ? day : (item.publishDate ?? ''), part: 'handle' });
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dayUnderPoint}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.calendar.dnd.instructions } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        <OverlayItem />
      </DragOverlay>
    </DndContext>
  );
}

function OverlayItem() {
  const item = useCalendarStore((s) => s.active);
  if (!item) return null;
  return (
    <div className={item.urgent ? 'cal-item cal-item-overlay cal-item-urgent' : 'cal-item cal-item-overlay'}>
      {item.publishTime && <span className="cal-time">{item.publishTime}</span>}
      <span className="cal-overlay-title">{cardTitle(item)}</span>
    </div>
  );
}

/**
 * Keyboard drag: each arrow key steps the target day and returns coordinates that put the dragged
 * rect's centre into that day, so the overlay follows and the collision finds the day.
 */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.code)) return undefined;
  event.preventDefault();
  const s = useCalendarStore.getState();
  const rect = context.collisionRect;
  if (!s.keyboard || !rect || shown.days.length === 0) return undefined;
  const next = s.keyboardDay ? stepDay(s.keyboardDay, event.code, shown.days) : firstDay();
  const point = pointInDay(next);
  if (!point) return undefined;
  s.setKeyboardDay(next);
  // Step from what was returned last by the distance between where the rect is and where it should be
  // (dnd-kit re-measures the source as the page scrolls, so absolute coordinates would drift).
  const base = lastKeyboardCoordinates ?? currentCoordinates;
  lastKeyboardCoordinates = {
    x: base.x + (point.x - rect.width / 2 - rect.left),
    y: base.y + (point.y - rect.height / 2 - rect.top),
  };
  return lastKeyboardCoordinates;
};
