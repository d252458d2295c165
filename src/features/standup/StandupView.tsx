// Stand-up (route #/standup, lazy-loaded): today's agenda, the 15-minute countdown, one-key actions,
// notes, and the saved stand-ups. The running stand-up lives in the database (a draft), so a reload,
// a second tab or a night in between never loses it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { germanDate } from '../../domain/calendarDays';
import { isoDay } from '../../domain/dates';
import type { Item, StandupRecord } from '../../domain/types';
import { BUNDESLAENDER } from '../../domain/workingDays';
import { useT, type Messages } from '../../i18n';
import type { StandupMessages } from '../../i18n/standup';
import { InputError, toStorageError } from '../../storage/db/errors';
import { BOARD_NAME } from '../boardfile/boardName';
import { ItemValidationError } from '../../storage/items/itemCommands';
import { useChannels, useMembers } from '../../storage/settings/settingsQueries';
import { useBundesland } from '../../storage/settings/regionSettings';
import { closeAbandonedStandup, endStandup, startStandup } from '../../storage/standup/standupCommands';
import { usePastStandups, useStandupDraft } from '../../storage/standup/standupQueries';
import { useViewStore } from '../../state/viewStore';
import { AgendaList } from './AgendaList';
import { runAgendaAction, type AgendaAction } from './agendaActions';
import { clockTime } from './clockTime';
import { PastStandups } from './PastStandups';
import { StandupNotes } from './StandupNotes';
import { StandupTimer } from './StandupTimer';
import { useAgenda } from './useAgenda';
import { useStandupT } from './useStandupT';
import './standup.css';

/** "Time already passed" in Heute/Schieben is re-checked this often. */
const MINUTE_MS = 60_000;

const PRINT_HEAD_PROPERTY = '--standup-print-head';

/** `text` as a quoted CSS string. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

function errorText(t: StandupMessages, messages: Messages, error: unknown): string {
  if (error instanceof ItemValidationError) return t.invalid;
  // Refusals of a command (e.g. a move the image-rights rule forbids) carry their own German text.
  if (error instanceof InputError && error.message) return error.message;
  return messages.storageError[toStorageError(error).kind];
}

export default function StandupView() {
  const messages = useT();
  const t = useStandupT();
  const language = useViewStore((s) => s.language);
  const [today] = useState(() => isoDay(new Date()));
  const [now, setNow] = useState(() => Date.now());
  const bundesland = useBundesland();
  const draft = useStandupDraft();
  const past = usePastStandups();
  const channels = useChannels();
  const members = useMembers();
  const agenda = useAgenda(today, now, bundesland);
  const [abandoned, setAbandoned] = useState<StandupRecord | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<{ id: string; text: string } | null>(null);
  const [focusFirst, setFocusFirst] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const focused = useCallback(() => setFocusFirst(false), []);
  const report = useCallback((e: unknown) => setError(t.failed(errorText(t, messages, e))), [messages, t]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    closeAbandonedStandup(today)
      .then((record) => record && setAbandoned(record))
      .catch(report);
  }, [today, report]);

  const notesText = draft && notes?.id === draft.id ? notes.text : (draft?.notes ?? '');

  const start = async () => {
    setError('');
    setStatus('');
    try {
      await startStandup(today);
      setFocusFirst(true);
    } catch (e) {
      report(e);
    }
  };

  const end = async () => {
    if (!draft) return;
    try {
      const record = await endStandup(draft.id, notesText);
      setError('');
      setStatus(record ? t.ended(t.duration(record.durationMs)) : '');
      heading.current?.focus();
    } catch (e) {
      report(e);
    }
  };

  const onAction = async (item: Item, action: AgendaAction): Promise<boolean> => {
    try {
      const outcome = await runAgendaAction(item, action, today, draft?.id ?? null);
      setError('');
      setStatus(
        outcome.kind === 'rescheduled'
          ? t.done.rescheduled(item.title, germanDate(outcome.day))
          : outcome.kind === 'published'
            ? t.done.published(item.title)
            : outcome.kind === 'reassigned'
              ? t.done.reassigned(item.title, outcome.name)
              : t.done.approved(item.title),
      );
      return true;
    } catch (e) {
      report(e);
      return false;
    }
  };

  // Cleared first, so pressing the same key again is announced again.
  const explain = (text: string) => {
    setStatus('');
    window.requestAnimationFrame(() => setStatus(text));
  };

  const weekday = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${today}T12:00:00Z`));
  const printHead = `${BOARD_NAME} · ${t.heading} · ${weekday}, ${germanDate(today)}`;
  useEffect(() => {
    // Every printed page names the board and the day in its top margin (standup.css, @page): a loose
    // page must still say what it is. A page margin takes no element, only a CSS string, handed over
    // as a custom property of the root, which the page inherits from.
    const root = document.documentElement.style;
    root.setProperty(PRINT_HEAD_PROPERTY, cssString(printHead));
    return () => {
      root.removeProperty(PRINT_HEAD_PROPERTY);
    };
  }, [printHead]);
  const landName = BUNDESLAENDER.find(([code]) => code === bundesland)?.[1] ?? bundesland;
  const running = !!draft;

  return (
    <div className="standup">
      <div className="standup-head">
        <h1 ref={heading} tabIndex={-1}>
          {t.heading}
        </h1>
        <p className="standup-date">
          {weekday}, {germanDate(today)}
        </p>
        <button type="button" className="standup-print" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      <p className="standup-intro">{t.intro}</p>
      {abandoned && (
        <p className="standup-notice">
          {t.abandoned(germanDate(abandoned.day), clockTime(abandoned.endedAt))}
        </p>
      )}
      <div className="standup-controls">
        {draft ? (
          <>
            <StandupTimer draft={draft} onError={report} />
            <span className="standup-since">{t.runningSince(clockTime(draft.startedAt))}</span>
            <button type="button" className="primary" onClick={() => void end()}>
              {t.end}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => void start()}
            disabled={draft === undefined}
          >
            {t.start}
          </button>
        )}
      </div>
      <div role="alert" className="standup-alert">
        {error}
      </div>
      <p role="status" className="standup-status">
        {status}
      </p>
      {agenda && channels && members ? (
        <AgendaList
          agenda={agenda}
          channels={channels}
          members={members}
          bundeslandName={landName}
          running={running}
          onAction={onAction}
          onExplain={explain}
          focusFirst={focusFirst && running}
          onFocused={focused}
        />
      ) : (
        <p>{messages.loading}</p>
      )}
      {draft && (
        <StandupNotes
          standupId={draft.id}
          value={notesText}
          onChange={(text) => setNotes({ id: draft.id, text })}
          onError={report}
        />
      )}
      {past && <PastStandups records={past} />}
    </div>
  );
}
