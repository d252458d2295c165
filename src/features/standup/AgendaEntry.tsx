// One agenda entry: the item's title (opens the normal editor), when it publishes, its channels, what
// the section says about it, and — while the stand-up runs — its actions as buttons and single keys.
// Every entry offers "Zuständig" (Z): who does it is decided in the stand-up as often as when.
// The actions follow what the entry is, not its section: a post of today past its time can be pushed
// like any overdue one. A key that does nothing here says why (a silent key looks broken).
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { addDays, germanDate } from '../../domain/calendarDays';
import { LIMITS } from '../../domain/defaults';
import { shorten } from '../../domain/items';
import type { Channel, Item, Member } from '../../domain/types';
import { useViewStore } from '../../state/viewStore';
import type { AgendaAction } from './agendaActions';
import { useStandupT } from './useStandupT';

export type EntryKind = 'heute' | 'fehlt' | 'schieben' | 'neu';

interface Props {
  kind: EntryKind;
  item: Item;
  channels: readonly Channel[];
  /** Team members (not deleted); the active ones are offered under "Zuständig". */
  members: readonly Member[];
  running: boolean;
  onAct: (kind: EntryKind, item: Item, action: AgendaAction) => Promise<void>;
  /** Says why a key does nothing on this entry (the view's live region). */
  onExplain: (text: string) => void;
  /** Overdue (Schieben, or today past its time): tomorrow, next week, pick a date, published. */
  overdue?: boolean;
  /** Approval is what is missing, so "Freigeben" is offered. */
  canApprove?: boolean;
  /** Today, for the date picker's default (tomorrow). */
  today?: string;
  children?: ReactNode;
}

const KEYS: Record<string, AgendaAction['kind'] | 'pick'> = {
  m: 'tomorrow',
  w: 'nextWeek',
  d: 'pick',
  v: 'published',
};

/** Who can be made responsible: the active members, plus the current one if retired (kept selectable). */
export function assignableMembers(members: readonly Member[], currentId: string | null): Member[] {
  return members.filter((m) => !m.retired || m.id === currentId);
}

export function AgendaEntry(props: Props) {
  const { kind, item, channels, members, running, onAct, onExplain, canApprove, today, children } = props;
  const t = useStandupT();
  const id = useId();
  const openEditor = useViewStore((s) => s.openEditor);
  const li = useRef<HTMLLIElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const memberSelect = useRef<HTMLSelectElement>(null);
  const [picking, setPicking] = useState<'date' | 'assignee' | null>(null);
  const [day, setDay] = useState(() => (today ? addDays(today, 1) : (item.publishDate ?? '')));
  const offered = assignableMembers(members, item.assigneeId);
  const [assignee, setAssignee] = useState('');
  const overdue = !!props.overdue;
  const approvable = !!canApprove;

  useEffect(() => {
    if (picking === 'date') dateInput.current?.focus();
    if (picking === 'assignee') memberSelect.current?.focus();
  }, [picking]);

  const act = (action: AgendaAction) => void onAct(kind, item, action);
  const pickAssignee = () => {
    // Without an assignee the first active member is proposed: "Zuständig fehlt" is the usual reason.
    setAssignee(item.assigneeId ?? offered[0]?.id ?? '');
    setPicking('assignee');
  };
  const cancelPicking = () => {
    setPicking(null);
    li.current?.focus();
  };
  const applyAssignee = () => {
    setPicking(null);
    const name = members.find((m) => m.id === assignee)?.name ?? t.actions.nobody;
    const assigneeId = assignee === '' ? null : assignee;
    if (assigneeId === item.assigneeId) return li.current?.focus();
    act({ kind: 'assign', assigneeId, name });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    const target = e.target as HTMLElement;
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
    if (e.key === 'Enter' && target === e.currentTarget) {
      e.preventDefault();
      openEditor(item.id);
      return;
    }
    const key = e.key.toLowerCase();
    const actionKey = !!KEYS[key] || key === 'f' || key === 'z';
    if (!actionKey) return;
    e.preventDefault();
    if (!running) return onExplain(t.keys.notRunning);
    if (KEYS[key]) {
      if (!overdue) return onExplain(t.keys.notOverdue(item.title, key.toUpperCase()));
      const action = KEYS[key];
      if (action === 'pick') setPicking('date');
      else act({ kind: action } as AgendaAction);
    } else if (key === 'f') {
      if (!approvable) return onExplain(t.keys.notApprovable(item.title));
      act({ kind: 'approve' });
    } else pickAssignee();
  };

  const channelNames = item.channelIds
    .map((cid) => channels.find((c) => c.id === cid)?.name)
    .filter((n): n is string => !!n);
  const assigneeName = item.assigneeId ? members.find((m) => m.id === item.assigneeId)?.name : undefined;
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
        {assigneeName && <span className="entry-assignee">{t.assignedTo(assigneeName)}</span>}
        {children}
      </div>
      {running && (
        <div className="entry-actions" role="group" aria-label={t.actions.forItem(item.title)}>
          {overdue && (
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
              <ActionButton label={t.actions.pickDate} shortcut="D" onClick={() => setPicking('date')} />
              <ActionButton
                label={t.actions.published}
                shortcut="V"
                onClick={() => act({ kind: 'published' })}
              />
            </>
          )}
          {approvable && (
            <ActionButton label={t.actions.approve} shortcut="F" onClick={() => act({ kind: 'approve' })} />
          )}
          <ActionButton label={t.actions.assign} shortcut="Z" onClick={pickAssignee} />
        </div>
      )}
      {picking === 'assignee' && (
        <form
          className="entry-date"
          onSubmit={(e) => {
            e.preventDefault();
            applyAssignee();
          }}
        >
          <label htmlFor={`${id}-assignee`} className="visually-hidden">
            {t.actions.newAssignee(item.title)}
          </label>
          <select
            ref={memberSelect}
            id={`${id}-assignee`}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            onKeyDown={(e) => {
              // A closed select does not submit its form on Enter; here it should.
              if (e.key === 'Enter') {
                e.preventDefault();
                applyAssignee();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancelPicking();
              }
            }}
          >
            <option value="">{t.actions.nobody}</option>
            {offered.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button type="submit">{t.actions.apply}</button>
          <button type="button" onClick={cancelPicking}>
            {t.actions.cancel}
          </button>
        </form>
      )}
      {picking === 'date' && (
        <form
          className="entry-date"
          onSubmit={(e) => {
            e.preventDefault();
            if (!day) return;
            setPicking(null);
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
              cancelPicking();
            }}
          />
          <button type="submit">{t.actions.apply}</button>
          <button type="button" onClick={cancelPicking}>
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
