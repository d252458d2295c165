// The four sections of the agenda. Every entry is a list item that can take focus; J/K or ↓/↑ walk
// from entry to entry across sections, Enter opens the item, and while the stand-up runs one key acts
// on the focused entry (M, W, D, V on an overdue one; F where approval is missing; Z on every entry). The keys work only while focus is in
// the agenda (WCAG 2.1.4: no single-key shortcut fires while typing elsewhere), and each has a button.
// Each section shows its first SECTION_LIMIT entries (a five-year board can hold hundreds of overdue
// items); "Weitere … anzeigen" reveals more and the print says how many it leaves out.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { germanDate } from '../../domain/calendarDays';
import { revealMore, SECTION_LIMIT, visibleEntries, type StandupAgenda } from '../../domain/standupAgenda';
import type { Channel, Item, Member } from '../../domain/types';
import { useT, type Messages } from '../../i18n';
import type { StandupMessages } from '../../i18n/standup';
import { AgendaEntry, type EntryKind } from './AgendaEntry';
import type { AgendaAction } from './agendaActions';
import { clockDay, clockTime } from './clockTime';
import { ShortcutList } from './ShortcutList';
import { useStandupT } from './useStandupT';

interface Props {
  agenda: StandupAgenda;
  channels: readonly Channel[];
  members: readonly Member[];
  bundeslandName: string;
  running: boolean;
  onAction: (item: Item, action: AgendaAction) => Promise<boolean>;
  /** Says why a key did nothing (the view's live region). */
  onExplain: (text: string) => void;
  /** Focus the first entry once (when the stand-up starts). */
  focusFirst: boolean;
  onFocused: () => void;
}

const ENTRY = '[data-agenda-entry]';
const KINDS: readonly EntryKind[] = ['heute', 'fehlt', 'schieben', 'neu'];
const FIRST_LIMITS = Object.fromEntries(KINDS.map((k) => [k, SECTION_LIMIT])) as Record<EntryKind, number>;

function isTyping(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return (
    el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable
  );
}

/** J/K/arrows walk the entries of `root` (from the first if none has focus), ? toggles the key list. */
function walkAgenda(
  e: globalThis.KeyboardEvent | KeyboardEvent<HTMLElement>,
  root: HTMLElement | null,
  toggleShortcuts: () => void,
): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target as EventTarget)) return;
  if (e.key === '?') {
    e.preventDefault();
    toggleShortcuts();
    return;
  }
  const step = e.key === 'j' || e.key === 'J' || e.key === 'ArrowDown' ? 1 : 0;
  const back = e.key === 'k' || e.key === 'K' || e.key === 'ArrowUp' ? -1 : 0;
  if (!step && !back) return;
  e.preventDefault();
  const list = Array.from(root?.querySelectorAll<HTMLElement>(ENTRY) ?? []);
  const current = (e.target as HTMLElement).closest?.<HTMLElement>(ENTRY) ?? null;
  const index = current ? list.indexOf(current) : -1;
  const next = index === -1 ? 0 : Math.max(0, Math.min(list.length - 1, index + step + back));
  list[next]?.focus();
}

export function AgendaList(props: Props) {
  const { agenda, channels, members, running } = props;
  const t = useStandupT();
  const root = useRef<HTMLDivElement>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // After an action removes the focused entry, focus goes to the entry now at its place.
  const pending = useRef<{ index: number; key: string } | null>(null);
  const [limits, setLimits] = useState(FIRST_LIMITS);
  // After "Weitere … anzeigen", focus goes to the first entry revealed.
  const revealed = useRef<{ kind: EntryKind; index: number } | null>(null);

  const entries = () => Array.from(root.current?.querySelectorAll<HTMLElement>(ENTRY) ?? []);

  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    const list = entries();
    if (list.some((el) => el.dataset.agendaEntry === wanted.key)) return;
    pending.current = null;
    list[Math.min(wanted.index, list.length - 1)]?.focus();
  }, [agenda]);

  useEffect(() => {
    const wanted = revealed.current;
    if (!wanted) return;
    revealed.current = null;
    const inSection = entries().filter((el) => el.dataset.agendaEntry?.startsWith(`${wanted.kind}:`));
    inSection[wanted.index]?.focus();
  }, [limits]);

  const reveal = (kind: EntryKind, total: number) => {
    revealed.current = { kind, index: limits[kind] };
    setLimits((l) => ({ ...l, [kind]: revealMore(l[kind], total) }));
  };

  const { focusFirst, onFocused } = props;
  useEffect(() => {
    if (!focusFirst) return;
    entries()[0]?.focus();
    onFocused();
  }, [focusFirst, onFocused]);

  const toggleShortcuts = () => setShowShortcuts((v) => !v);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => walkAgenda(e, root.current, toggleShortcuts);

  // After a reload (or once a removed entry took the focus with it) nothing has focus and keys go to
  // the body: there they start the walk too. Keys anywhere else on the page (the navigation, the notes)
  // stay theirs (WCAG 2.1.4: no single-key shortcut fires outside the agenda or while typing).
  useEffect(() => {
    const onDocumentKey = (e: globalThis.KeyboardEvent) => {
      if (e.target === document.body || e.target === document.documentElement)
        walkAgenda(e, root.current, () => setShowShortcuts((v) => !v));
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, []);

  const act = async (kind: EntryKind, item: Item, action: AgendaAction) => {
    const key = `${kind}:${item.id}`;
    const list = entries();
    const index = list.findIndex((el) => el.dataset.agendaEntry === key);
    pending.current = { index, key };
    const ok = await props.onAction(item, action);
    if (!ok) pending.current = null;
  };

  const since = agenda.neuSince;
  const sinceText =
    since.kind === 'lastStandup'
      ? t.assumptions.neuSince(germanDate(since.day), clockTime(since.startedAt))
      : t.assumptions.neuAssumed(germanDate(since.day));

  const heute = visibleEntries(agenda.heute, limits.heute);
  const fehlt = visibleEntries(agenda.fehlt, limits.fehlt);
  const schieben = visibleEntries(agenda.schieben, limits.schieben);
  const neu = visibleEntries(agenda.neu, limits.neu);

  // What every agenda entry gets, whatever its section.
  const entryProps = {
    channels,
    members,
    running,
    onAct: act,
    onExplain: props.onExplain,
    today: agenda.today,
  };
  const arrivedText = (at: number | null) =>
    at === null ? null : (
      <span className="entry-new">{t.alsoNew(`${germanDate(clockDay(at))}, ${clockTime(at)}`)}</span>
    );

  const sections: {
    kind: EntryKind;
    hint: string;
    count: number;
    hidden: number;
    total: number;
    body: React.ReactNode;
  }[] = [
    {
      kind: 'heute',
      hint: t.assumptions.heute,
      count: agenda.heute.length,
      hidden: heute.hidden,
      total: agenda.heute.length,
      body: heute.shown.map((e) => (
        <AgendaEntry
          key={e.item.id}
          kind="heute"
          item={e.item}
          {...entryProps}
          overdue={e.pastTime}
          canApprove={e.missing.some((r) => r.kind === 'approval')}
        >
          <span className={e.approved ? 'status-ok' : 'status-warn'}>
            {e.published ? t.published : e.approved ? t.approved : t.notApproved}
          </span>
          {e.pastTime && <span className="status-warn">{t.pastTime}</span>}
          {/* "nicht freigegeben" is said just before; the other gaps of Fehlt noch follow. */}
          <MissingList reasons={e.missing.filter((r) => r.kind !== 'approval')} />
          {arrivedText(e.arrivedAt)}
        </AgendaEntry>
      )),
    },
    {
      kind: 'fehlt',
      hint: t.assumptions.fehlt(germanDate(agenda.horizonEnd), props.bundeslandName),
      count: agenda.fehlt.length + agenda.channelsBelowTarget.length,
      hidden: fehlt.hidden,
      total: agenda.fehlt.length,
      body: (
        <>
          {fehlt.shown.map((e) => (
            <AgendaEntry
              key={e.item.id}
              kind="fehlt"
              item={e.item}
              {...entryProps}
              canApprove={e.reasons.some((r) => r.kind === 'approval')}
            >
              <MissingList reasons={e.reasons} />
              {arrivedText(e.arrivedAt)}
            </AgendaEntry>
          ))}
          {agenda.channelsBelowTarget.map((row) => (
            <li key={`cadence-${row.channel.id}`} className="agenda-entry cadence-entry">
              {t.cadence(row.channel.name, row.planned, row.target)}
            </li>
          ))}
        </>
      ),
    },
    {
      kind: 'schieben',
      hint: t.assumptions.schieben,
      count: agenda.schieben.length,
      hidden: schieben.hidden,
      total: agenda.schieben.length,
      body: schieben.shown.map((e) => (
        <AgendaEntry key={e.item.id} kind="schieben" item={e.item} {...entryProps} overdue>
          <span className="status-warn">{t.daysLate(e.daysLate)}</span>
          {arrivedText(e.arrivedAt)}
        </AgendaEntry>
      )),
    },
    {
      kind: 'neu',
      hint: sinceText,
      count: agenda.neu.length,
      hidden: neu.hidden,
      total: agenda.neu.length,
      body: neu.shown.map((e) => (
        <AgendaEntry key={e.item.id} kind="neu" item={e.item} {...entryProps}>
          <span>{t.arrived(`${germanDate(clockDay(e.arrivedAt))}, ${clockTime(e.arrivedAt)}`)}</span>
        </AgendaEntry>
      )),
    },
  ];

  return (
    <div className="agenda" ref={root} onKeyDown={onKeyDown}>
      <ShortcutList open={showShortcuts} onToggle={() => setShowShortcuts((v) => !v)} running={running} />
      {sections.map((s) => (
        <AgendaSection
          key={s.kind}
          kind={s.kind}
          hint={s.hint}
          empty={s.count === 0}
          hidden={s.hidden}
          onMore={() => reveal(s.kind, s.total)}
        >
          {s.body}
        </AgendaSection>
      ))}
    </div>
  );
}

function AgendaSection({
  kind,
  hint,
  empty,
  hidden,
  onMore,
  children,
}: {
  kind: EntryKind;
  hint: string;
  empty: boolean;
  /** Entries not shown (yet). */
  hidden: number;
  onMore: () => void;
  children: React.ReactNode;
}) {
  const t = useStandupT();
  const id = useId();
  return (
    <section className={`agenda-section agenda-${kind}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.sections[kind]}</h2>
      <p className="agenda-hint">{hint}</p>
      {empty ? (
        <p className="agenda-empty">{t.empty[kind]}</p>
      ) : (
        <ul className="agenda-entries">{children}</ul>
      )}
      {hidden > 0 && (
        <>
          <button type="button" className="agenda-more" onClick={onMore}>
            {t.more[kind](hidden)}
          </button>
          <p className="agenda-not-printed">{t.notPrinted(hidden)}</p>
        </>
      )}
    </section>
  );
}

type Reason = StandupAgenda['fehlt'][number]['reasons'][number];

function MissingList({ reasons }: { reasons: readonly Reason[] }) {
  const messages = useT();
  const t = useStandupT();
  if (reasons.length === 0) return null;
  return (
    <ul className="missing-list" aria-label={t.sections.fehlt}>
      {reasons.map((r) => (
        <li key={r.kind}>{missingText(t, messages, r)}</li>
      ))}
    </ul>
  );
}

function missingText(t: StandupMessages, messages: Messages, r: Reason): string {
  switch (r.kind) {
    case 'approval':
      return t.missing.approval(messages.columns[r.column]);
    case 'channel':
      return t.missing.channel;
    case 'retiredChannel':
      return t.missing.retiredChannel(r.channels.join(', '));
    case 'assignee':
      return t.missing.assignee;
    case 'brief':
      return t.missing.brief;
    case 'image':
      return t.missing.image(r.channels.join(', '));
    case 'imageRights':
      return t.missing.imageRights(r.channels.join(', '));
  }
}
