// `Mit Datei synchronisieren` (Chromium's File System Access API): choose the team's board file
// once, e.g. on the town's network drive; each click merges it into the local board and writes the
// merged board back. Browsers without the API do not see the button (download and upload remain).
import { lazy, Suspense, useEffect, useState } from 'react';
import { useT, type Messages } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';
import type { ImportState } from './ImportDialog';
import {
  linkedSyncFile,
  linkSyncFile,
  openFilePicker,
  rememberedSyncFile,
  unlinkSyncFile,
  type SyncFileHandle,
} from './syncHandle';

const ImportDialog = lazy(() => import('./ImportDialog'));
const loadSync = () => import('./syncWithFile');

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

function announceSynced(t: Messages, fileName: string, changed: number, snapshotId: string | null) {
  const message = t.boardfile.synced(fileName, changed);
  if (!snapshotId) {
    useViewStore.getState().showToast({ message, kind: 'info' });
    return;
  }
  offerUndo(message, async () => {
    // Loaded on demand like the rest of the file handling (zod, merge): not needed to show the board.
    const { restoreSnapshot } = await import('../../storage/boardfile/boardFileCommands');
    await restoreSnapshot(snapshotId);
    useViewStore.getState().showToast({ message: t.boardfile.undone, kind: 'info' });
  });
}

export function SyncButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState(() => rememberedSyncFile()?.name ?? null);
  const [confirm, setConfirm] = useState<{ handle: SyncFileHandle; state: ImportState } | null>(null);
  const picker = openFilePicker();
  const offered = picker !== null;

  useEffect(() => {
    // The file linked before the last reload (stored in the database): shown, and used on the next click.
    if (!offered) return;
    let live = true;
    void linkedSyncFile().then((handle) => {
      if (live) setFileName(handle?.name ?? null);
    });
    return () => {
      live = false;
    };
  }, [offered]);

  if (!picker) return null;

  const chooseFile = async (): Promise<SyncFileHandle | null> => {
    const known = await linkedSyncFile();
    if (known) return known;
    try {
      const [handle] = await picker({
        types: [
          { description: t.boardfile.syncPickerDescription, accept: { 'application/json': ['.json'] } },
        ],
        multiple: false,
      });
      if (handle) await linkSyncFile(handle);
      return handle ?? null;
    } catch (error) {
      if (isAbort(error)) return null; // she closed the picker
      throw error;
    }
  };

  const writeBack = async (handle: SyncFileHandle) => {
    try {
      const { writeBoardToFile } = await loadSync();
      await writeBoardToFile(handle, new Date());
      useViewStore.getState().showToast({ message: t.boardfile.syncWritten(handle.name), kind: 'info' });
    } catch {
      useViewStore.getState().showToast({ message: t.boardfile.syncWriteFailed(handle.name), kind: 'error' });
    }
  };

  const onSync = async () => {
    setBusy(true);
    try {
      const handle = await chooseFile();
      if (!handle) return;
      setFileName(handle.name);
      const { syncWithFile } = await loadSync();
      const outcome = await syncWithFile(handle, new Date());
      if (outcome.kind === 'synced')
        announceSynced(t, outcome.fileName, outcome.changedItems, outcome.snapshotId);
      else if (outcome.kind === 'confirm')
        setConfirm({
          handle,
          state: { kind: 'preview', fileName: outcome.fileName, prepared: outcome.prepared },
        });
      else if (outcome.kind === 'error')
        setConfirm({ handle, state: { kind: 'error', fileName: outcome.fileName, error: outcome.error } });
      else
        useViewStore
          .getState()
          .showToast({ message: t.boardfile.syncNoPermission(outcome.fileName), kind: 'error' });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const onUnlink = async () => {
    const name = fileName;
    try {
      await unlinkSyncFile();
      setFileName(null);
      if (name) useViewStore.getState().showToast({ message: t.boardfile.syncUnlinked(name), kind: 'info' });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void onSync()} disabled={busy}>
        {t.boardfile.syncButton}
      </button>
      {fileName && (
        <span className="sync-file">
          <span>{t.boardfile.syncFile(fileName)}</span>
          <button
            type="button"
            onClick={() => void onUnlink()}
            disabled={busy}
            aria-label={t.boardfile.syncUnlinkLabel(fileName)}
          >
            {t.boardfile.syncUnlink}
          </button>
        </span>
      )}
      {confirm && (
        <Suspense fallback={null}>
          <ImportDialog
            state={confirm.state}
            onClose={() => setConfirm(null)}
            onApplied={() => void writeBack(confirm.handle)}
          />
        </Suspense>
      )}
    </>
  );
}
