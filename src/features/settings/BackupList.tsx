// The automatic backups (and the snapshots kept before imports and restores), newest first. Restoring
// asks first, inline; the state before the restore is kept and offered for undo.
import { format } from 'date-fns';
import { useEffect, useId, useRef, useState } from 'react';
import { useSettingsT } from './settingsI18n';
import { restoreBackup, useBackups, type BackupSummary } from '../../storage/backups/backups';
import { restoreSnapshot } from '../../storage/boardfile/boardFileCommands';
import { toStorageError, type StorageErrorKind } from '../../storage/db/errors';
import { offerUndo } from '../../ui/offerUndo';
import { VisuallyHidden } from './VisuallyHidden';

const when = (at: number) => format(at, 'dd.MM.yyyy HH:mm');

export function BackupList() {
  const t = useSettingsT();
  const s = t.settings.storage;
  const id = useId();
  const backups = useBackups();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<StorageErrorKind | null>(null);
  // A double click on "Ja, zurücksetzen" must not restore twice (the second would back up the first).
  const restoring = useRef(false);

  const restore = async (backup: BackupSummary) => {
    if (restoring.current) return;
    restoring.current = true;
    setFailure(null);
    try {
      const undoId = await restoreBackup(backup.id);
      setConfirming(null);
      offerUndo(s.restored(when(backup.createdAt)), () => restoreSnapshot(undoId));
    } catch (error) {
      setFailure(toStorageError(error).kind);
    } finally {
      restoring.current = false;
    }
  };

  return (
    <div className="backups" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{s.backupsHeading}</h3>
      <p className="section-intro">{s.backupsIntro}</p>
      {backups && backups.length === 0 && <p>{s.noBackups}</p>}
      {backups && backups.length > 0 && (
        <ul className="settings-list">
          {backups.map((backup) => (
            <BackupRow
              key={backup.id}
              backup={backup}
              confirming={confirming === backup.id}
              onAsk={() => setConfirming(backup.id)}
              onCancel={() => setConfirming(null)}
              onConfirm={() => void restore(backup)}
            />
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className="form-alert">
          {t.storageError[failure]}
        </p>
      )}
    </div>
  );
}

function BackupRow({
  backup,
  confirming,
  onAsk,
  onCancel,
  onConfirm,
}: {
  backup: BackupSummary;
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const t = useSettingsT();
  const s = t.settings.storage;
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const stamp = when(backup.createdAt);

  // Focus follows the question: onto "Ja, zurücksetzen" when it appears, back to the row's button after.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li className="settings-row backup-row">
      <div className="backup-line">
        <span className="backup-when">{stamp}</span>
        <span>{s.reasons[backup.reason] ?? backup.reason}</span>
        <span>{s.itemCount(backup.itemCount)}</span>
        {!confirming && (
          <button type="button" ref={askRef} onClick={onAsk} className="backup-restore">
            {s.restore}
            <VisuallyHidden> ({stamp})</VisuallyHidden>
          </button>
        )}
      </div>
      {confirming && (
        <div className="backup-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{s.confirm(stamp)}</p>
          <div className="row-actions">
            <button type="button" className="danger" ref={confirmRef} onClick={onConfirm}>
              {s.confirmYes}
            </button>
            <button type="button" onClick={onCancel}>
              {t.actions.cancel}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
