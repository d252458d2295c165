// One agenda entry: the item's title (opens the normal editor), when it publishes, its channels, what
// the section says about it, and — while the stand-up runs — its actions as buttons and single keys.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { addDays, germanDate } from '../../domain/calendarDays';
import { LIMITS } from '../../domain/defaults';
import { shorten } from '../../domain/items';
import type { Channel, Item } from '../../domain/types';
import { useViewStore } from '../../state/viewStore';
import type { AgendaAction } from './agendaActions';
import { useStandupT } from './useStandupT';

export type EntryKind = 'heute' | 'fehlt' | 'schieben' | 'neu';

interface Props {
  kind: EntryKind;
  item: Item;
  channels: readonly Channel[];
  running: boolean;
  onAct: (kind: EntryKind, item: Item, action: AgendaAction) => Promise<void>;
  /** Fehlt noch: approval is what is missing, so "Freigeben" is offered. */
  canApprove?: boolean;
  /** Schieben: today, for the date picker's default (tomorrow). */
  today?: string;
  children?: ReactNode;
}

const KEYS: Record<string, AgendaAction['kind'] | 'pick'> = {
  m: 'tomorrow',
  w: 'nextWeek',
  d: 'pick',
  v: 'published',
};

export function AgendaEntry({ kind, item, channels, running, onAct, canApprove, today, children }: Props) {
  const t = useStandupT();
  const id = useId();
  const openEditor = useViewStore((s) => s.openEditor);
  const li = useRef<HTMLLIElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const [day, setDay] = useState(() => (today ? addDays(today, 1) : (item.publishDate ?? '')));
  const overdue = kind === 'schieben';
  const approvable = kind === 'fehlt' && !!canApprove;

  useEffect(() => {
    if (picking) dateInput.current?.focus();
  }, [picking]);

  const act = (action: AgendaAction) => void onAct(kind, item, action);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    const target = e.target as HTMLElement;
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || target.tagName === 'INPUT') return;
    if (e.key === 'Enter' && target === e.currentTarget) {
      e.preventDefault();
      openEditor(item.id);
      return;
    }
    if (!running) return;
    const key = e.key.toLowerCase();
    if (overdue && KEYS[key]) {
      e.preventDefault();
      const action = KEYS[key];
      if (action === 'pick') setPicking(true);
      else act({ kind: action } as AgendaAction);
    } else if (approvable && key === 'f') {
      e.preventDefault();
      act({ kind: 'approve' });
    }
  };

  const channelNames = item.channelIds
    .map((cid) => channels.find((c) => c.id === cid)?.name)
    .filter((n): n is string => !!n);
  const when =
    kind === 'heute'
      ? (item.publishTime ?? t.noTime)
      : item.publishDate
        ? `${germanDate(item.publishDate)}${item.publishTime ? `, ${item.publishTime}` : ''}`
        : '';

  return (
    <li
      ref={li}
      data-agenda-entry={`${kind}:${item.id}`}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className={item.urgent ? 'agenda-entry entry-urgent' : 'agenda-entry'}
      onKeyDown={onKeyDown}
    >
      <div className="entry-main">
        <button type="button" id={`${id}-title`} className="entry-title" onClick={() => openEditor(item.id)}>
          {shorten(item.title, LIMITS.cardTitleChars)}
        </button>
        {item.urgent && <span className="badge badge-urgent">{t.urgent}</span>}
        {when && <span className="entry-when">{when}</span>}
        {channelNames.length > 0 && <span className="entry-channels">{channelNames.join(', ')}</span>}
        {children}
      </div>
      {running && (overdue || approvable) && (
        <div className="entry-actions" role="group" aria-label={t.actions.forItem(item.title)}>
          {overdue ? (
            <>
              <ActionButton
                label={t.actions.tomorrow}
                shortcut="M"
                onClick={() => act({ kind: 'tomorrow' })}
              />
              <ActionButton
                label={t.actions.nextWeek}
                shortcut="W"
                onClick={() => act({ kind: 'nextWeek' })}
              />
              <ActionButton label={t.actions.pickDate} shortcut="D" onClick={() => setPicking(true)} />
              <ActionButton
                label={t.actions.published}
                shortcut="V"
                onClick={() => act({ kind: 'published' })}
              />
            </>
          ) : (
            <ActionButton label={t.actions.approve} shortcut="F" onClick={() => act({ kind: 'approve' })} />
          )}
        </div>
      )}
      {picking && (
        <form
          className="entry-date"
          onSubmit={(e) => {
            e.preventDefault();
            if (!day) return;
            setPicking(false);
            act({ kind: 'date', day });
          }}
        >
          <label htmlFor={`${id}-date`} className="visually-hidden">
            {t.actions.newDate(item.title)}
          </label>
          <input
            ref={dateInput}
            id={`${id}-date`}
            type="date"
            value={day}
            required
            onChange={(e) => setDay(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              setPicking(false);
              li.current?.focus();
            }}
          />
          <button type="submit">{t.actions.apply}</button>
          <button
            type="button"
            onClick={() => {
              setPicking(false);
              li.current?.focus();
            }}
          >
            {t.actions.cancel}
          </button>
        </form>
      )}
    </li>
  );
}

function ActionButton({
  label,
  shortcut,
  onClick,
}: {
  label: string;
  shortcut: string;
  onClick: () => void;
}) {
  return (
    <button type="button" onClick={onClick} aria-keyshortcuts={shortcut}>
      {label} <kbd aria-hidden="true">{shortcut}</kbd>
    </button>
  );
}
