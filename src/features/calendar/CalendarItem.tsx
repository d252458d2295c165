// One item in a day (or in the tray). A click on it opens the editor, a mouse or touch drag anywhere on
// it reschedules; the grip button is the keyboard drag handle and "Datum ändern" the no-drag way
// (WCAG 2.5.7). What it shows never relies on colour alone: time, title, channel names, urgency and
// the column state are text.
import { useDraggable } from '@dnd-kit/core';
import {
  memo,
  useEffect,
  useRef,
  type MouseEvent,
  type MouseEventHandler,
  type TouchEventHandler,
} from 'react';
import { channelAbbreviation } from '../../domain/calendar';
import type { Channel, Item } from '../../domain/types';
import { useCalendarT } from './calendarI18n';
import { useViewStore } from '../../state/viewStore';
import { cardTitle } from '../board/CardBody';
import { DragHandle } from '../board/DragHandle';
import { Icon } from '../board/Icons';
import { useCalendarStore } from './calendarStore';

export interface CalendarLookups {
  channelsById: ReadonlyMap<string, Channel>;
}

interface Props {
  item: Item;
  lookups: CalendarLookups;
  /** Month cells are narrow: channel abbreviations instead of names, no column state. */
  compact?: boolean;
}

const isInsideControl = (target: EventTarget) =>
  target instanceof Element && target.closest('button, a, input, select, textarea') !== null;

export const CalendarItem = memo(function CalendarItem({ item, lookups, compact = false }: Props) {
  const t = useCalendarT();
  const title = cardTitle(item);
  const titleId = `cal-title-${item.id}`;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.id,
    data: { item },
    attributes: { roleDescription: t.calendar.dnd.roleDescription },
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  const dateButton = useRef<HTMLButtonElement | null>(null);
  const focusPart = useCalendarStore((s) =>
    s.focusRequest?.id === item.id && s.focusRequest.day === (item.publishDate ?? '')
      ? s.focusRequest.part
      : null,
  );
  useEffect(() => {
    if (!focusPart) return;
    (focusPart === 'date' ? dateButton.current : handle.current)?.focus();
    useCalendarStore.getState().requestFocus(null);
  }, [focusPart]);

  const open = (event: MouseEvent) => {
    if (isInsideControl(event.target)) return;
    useViewStore.getState().openEditor(item.id);
  };

  const channels = item.channelIds
    .map((id) => lookups.channelsById.get(id))
    .filter((c): c is Channel => c !== undefined);
  const className = ['cal-item', item.urgent && 'cal-item-urgent', isDragging && 'cal-item-dragging']
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={setNodeRef}
      className={className}
      aria-labelledby={titleId}
      onClick={open}
      onMouseDown={listeners?.onMouseDown as MouseEventHandler | undefined}
      onTouchStart={listeners?.onTouchStart as TouchEventHandler | undefined}
    >
      <div className="cal-item-line">
        {item.publishTime ? (
          <span className="cal-time">
            <span className="visually-hidden">{t.calendar.time}: </span>
            {item.publishTime}
          </span>
        ) : (
          // Untimed items sit after the timed ones; the month cell has no room to say so.
          item.publishDate !== null &&
          !compact && <span className="cal-time cal-no-time">{t.calendar.noTime}</span>
        )}
        {item.urgent && (
          <span className="badge badge-urgent">
            <Icon name="urgent" />
            {t.calendar.urgent}
          </span>
        )}
      </div>
      {/* The title opens the editor (the same dialog as a board card). */}
      <button
        type="button"
        className="cal-title"
        id={titleId}
        title={item.title.length > title.length ? item.title : undefined}
        onClick={() => useViewStore.getState().openEditor(item.id)}
      >
        {title}
      </button>
      {channels.length > 0 && (
        <ul className="cal-channels" aria-label={t.calendar.channels}>
          {channels.map((channel) => (
            <li key={channel.id} className="cal-channel">
              <span className="channel-swatch" style={{ background: channel.color }} aria-hidden="true" />
              {compact ? (
                <>
                  <span aria-hidden="true">{channelAbbreviation(channel.name)}</span>
                  <span className="visually-hidden">{channel.name}</span>
                </>
              ) : (
                channel.name
              )}
            </li>
          ))}
        </ul>
      )}
      {!compact && (
        <span className="cal-state">
          <span className="visually-hidden">{t.calendar.state}: </span>
          {t.columns[item.column]}
          {item.archived ? ` · ${t.calendar.archived}` : ''}
        </span>
      )}
      <div className="cal-item-actions">
        <DragHandle
          label={t.calendar.dnd.handle(title)}
          attributes={attributes}
          listeners={listeners}
          setActivatorNodeRef={setActivatorNodeRef}
          handleRef={handle}
        />
        <button
          type="button"
          className="cal-date-button"
          ref={dateButton}
          aria-label={t.calendar.changeDateLabel(title)}
          onClick={() => useCalendarStore.getState().openDateDialog(item)}
        >
          <Icon name="calendar" />
          {!compact && <span aria-hidden="true">{t.calendar.changeDate}</span>}
        </button>
      </div>
    </li>
  );
});
