// The import preview: what merging the file would change, every field both sides edited and which
// value wins (the later edit). Nothing is written until `Zusammenführen`; afterwards one click undoes it.
import { format } from 'date-fns';
import { de as deLocale, enUS } from 'date-fns/locale';
import { useId, useState } from 'react';
import type { FieldConflict } from '../../boardfile/preview';
import type { ParseError, RecordList, SkippedRecord } from '../../boardfile/parse';
import { shorten } from '../../domain/items';
import { withArea } from '../../i18n';
import * as importPreview from '../../i18n/importPreview';
import { useViewStore } from '../../state/viewStore';
import { applyImport, restoreSnapshot, type PreparedImport } from '../../storage/boardfile/boardFileCommands';
import { toStorageError } from '../../storage/db/errors';
import { useChannels, useMembers } from '../../storage/settings/settingsQueries';
import { offerUndo } from '../../ui/offerUndo';
import { ModalDialog } from '../../ui/ModalDialog';
import { conflictValueText } from './conflictValue';
// The dialog frame (editor-dialog, header, body, footer) is the editor's: without this import it
// arrives only with the editor, and a dialog opened first (a fresh, empty board) shows unstyled.
import '../editor/editor.css';
import './importDialog.css';

export type ImportState =
  | { kind: 'preview'; fileName: string; prepared: PreparedImport }
  | { kind: 'error'; fileName: string; error: ParseError }
  | { kind: 'readFailed'; fileName: string };

const MAX_CONFLICTS_SHOWN = 50;
/** Records left out listed per kind; a file with thousands of them says how many more. */
const MAX_SKIPPED_SHOWN = 20;

// The preview's strings load with this dialog, not with the board (initial-JS budget).
const importArea = withArea('importPreview', importPreview);
const useImportT = importArea.useArea;
type Messages = ReturnType<typeof importArea.messages>;

function offerImportUndo(t: Messages, snapshotId: string) {
  offerUndo(t.importPreview.imported, async () => {
    await restoreSnapshot(snapshotId);
    useViewStore.getState().showToast({ message: t.boardfile.undone, kind: 'info' });
  });
}

export default function ImportDialog({
  state,
  onClose,
  onApplied,
}: {
  state: ImportState;
  onClose: () => void;
  /** After the merge is written (sync writes the merged board back to its file). */
  onApplied?: () => void;
}) {
  const t = useImportT();
  const language = useViewStore((s) => s.language);
  const headingId = useId();
  const [writeError, setWriteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = language === 'en' ? enUS : deLocale;
  const when = (ms: number | null) => (ms === null ? '–' : format(ms, 'dd.MM.yyyy, HH:mm', { locale }));

  const confirm = async (prepared: PreparedImport) => {
    setBusy(true);
    try {
      const snapshotId = await applyImport(prepared);
      onClose();
      offerImportUndo(t, snapshotId);
      onApplied?.();
    } catch (error) {
      setWriteError(t.storageError[toStorageError(error).kind]);
      setBusy(false);
    }
  };

  return (
    <ModalDialog className="editor-dialog import-dialog" labelledBy={headingId} onCloseRequest={onClose}>
      <div className="editor-form">
        <header className="editor-header">
          <h2 id={headingId}>{t.importPreview.previewHeading}</h2>
        </header>
        <div className="editor-body">
          {state.kind === 'error' && (
            <div role="alert" className="editor-alert">
              <p>{t.importPreview.errors[state.error.kind]}</p>
              <ErrorWhere error={state.error} t={t} />
            </div>
          )}
          {state.kind === 'readFailed' && (
            <p role="alert" className="editor-alert">
              {t.importPreview.readFailed}
            </p>
          )}
          {state.kind === 'preview' && (
            <Preview state={state} writesBack={onApplied !== undefined} t={t} when={when} />
          )}
          {writeError && (
            <p role="alert" className="editor-alert">
              {writeError}
            </p>
          )}
        </div>
        <footer className="editor-footer">
          <div className="editor-buttons-end editor-inline">
            {state.kind === 'preview' && (
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void confirm(state.prepared)}
              >
                {t.importPreview.confirm}
              </button>
            )}
            <button type="button" onClick={onClose}>
              {state.kind === 'preview' ? t.actions.cancel : t.actions.close}
            </button>
          </div>
        </footer>
      </div>
    </ModalDialog>
  );
}

/** Where a refused file's problem is: the record it names, else the place in the file. */
function ErrorWhere({ error, t }: { error: ParseError; t: Messages }) {
  const record = t.importPreview.errorRecord(error);
  if (record) return <p>{record}</p>;
  return error.detail ? <p>{t.importPreview.errorDetail(error.detail)}</p> : null;
}

/** The file's records that could not be read, per kind, each with its reason: none is imported. */
function Skipped({
  skipped,
  writesBack,
  t,
}: {
  skipped: readonly SkippedRecord[];
  writesBack: boolean;
  t: Messages;
}) {
  const byList = new Map<RecordList, SkippedRecord[]>();
  for (const s of skipped) {
    const records = byList.get(s.record.list);
    if (records) records.push(s);
    else byList.set(s.record.list, [s]);
  }
  return [...byList].map(([list, records]) => {
    const heading = t.importPreview.skipped.heading(list, records.length);
    return (
      <section key={list} aria-label={heading} className="import-note">
        <h3>{heading}</h3>
        <p>
          {t.importPreview.skipped.explain}
          {writesBack && ` ${t.importPreview.skipped.writtenBack}`}
        </p>
        <ul>
          {records.slice(0, MAX_SKIPPED_SHOWN).map((s) => (
            <li key={s.record.index}>{t.importPreview.skipped.line(s)}</li>
          ))}
        </ul>
        {records.length > MAX_SKIPPED_SHOWN && (
          <p>{t.importPreview.skipped.more(records.length - MAX_SKIPPED_SHOWN)}</p>
        )}
      </section>
    );
  });
}

function Preview({
  state,
  writesBack,
  t,
  when,
}: {
  state: Extract<ImportState, { kind: 'preview' }>;
  /** The import is a sync: its file is written back from the merged board. */
  writesBack: boolean;
  t: Messages;
  when: (ms: number | null) => string;
}) {
  const { preview, exportedAt: exportedAtText, skewed, skipped } = state.prepared;
  const exportedAt = Date.parse(exportedAtText);
  // "Nothing new" would not be true of a file whose records were left out: the counts say what is read.
  const nothing =
    preview.changedIds.size === 0 && preview.changedStandupIds.size === 0 && skipped.length === 0;
  return (
    <>
      <p>
        {t.importPreview.previewIntro(state.fileName, when(Number.isNaN(exportedAt) ? null : exportedAt))}
      </p>
      {nothing ? (
        <p>{t.importPreview.nothingToDo}</p>
      ) : (
        <ul>
          <li>{t.importPreview.counts.newItems(preview.newItems)}</li>
          <li>{t.importPreview.counts.changedItems(preview.changedItems)}</li>
          <li>{t.importPreview.counts.deletedItems(preview.deletedItems)}</li>
          <li>{t.importPreview.counts.unchangedItems(preview.unchangedItems)}</li>
          {preview.standups.newRecords > 0 && (
            <li>{t.importPreview.counts.newStandups(preview.standups.newRecords)}</li>
          )}
          {preview.standups.changedRecords > 0 && (
            <li>{t.importPreview.counts.changedStandups(preview.standups.changedRecords)}</li>
          )}
        </ul>
      )}
      <Skipped skipped={skipped} writesBack={writesBack} t={t} />
      {preview.dangling.channels > 0 && (
        <p className="import-note">{t.importPreview.danglingChannels(preview.dangling.channels)}</p>
      )}
      {preview.dangling.members > 0 && (
        <p className="import-note">{t.importPreview.danglingMembers(preview.dangling.members)}</p>
      )}
      {skewed.map((s) => (
        <p key={s.device} className="import-note">
          {t.importPreview.skewed(s.count, s.device, format(s.latest, 'dd.MM.yyyy'))}
        </p>
      ))}
      {preview.conflicts.length > 0 && <Conflicts conflicts={preview.conflicts} when={when} t={t} />}
    </>
  );
}

/**
 * Every field both sides changed since they last exchanged it: both versions, which one stays and
 * why, and the item to open (its editor opens over the preview, which stays as it was).
 */
function Conflicts({
  conflicts,
  when,
  t,
}: {
  conflicts: readonly FieldConflict[];
  when: (ms: number | null) => string;
  t: Messages;
}) {
  const channels = useChannels();
  const members = useMembers();
  const names = {
    channels: new Map((channels ?? []).map((c) => [c.id, c.name])),
    members: new Map((members ?? []).map((m) => [m.id, m.name])),
  };
  const words = { ...t.importPreview.values, columns: t.columns };
  const heading = t.importPreview.conflictsHeading(conflicts.length);
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <p>{t.importPreview.conflictsExplain}</p>
      <ul className="import-conflicts">
        {conflicts.slice(0, MAX_CONFLICTS_SHOWN).map((c) => (
          <li key={`${c.itemId}:${c.field}`}>
            <button
              type="button"
              className="link-button"
              onClick={() => useViewStore.getState().openEditor(c.itemId)}
              aria-label={t.importPreview.openItem(shorten(c.title, 80))}
            >
              {shorten(c.title, 80)}
            </button>{' '}
            –{' '}
            {t.importPreview.conflictLine(
              t.importPreview.fields[c.field],
              c.winner === 'local' ? t.importPreview.winnerLocal : t.importPreview.winnerIncoming,
              when(c.winningTime),
            )}
            <dl className="import-conflict-values">
              <dt>{t.importPreview.conflictHere}</dt>
              <dd>{conflictValueText(c.field, c.localValue, words, names)}</dd>
              <dt>{t.importPreview.conflictInFile}</dt>
              <dd>{conflictValueText(c.field, c.incomingValue, words, names)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
