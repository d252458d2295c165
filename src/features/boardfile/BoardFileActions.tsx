// `Board exportieren` and `Board importieren`: the team's way to share the board without a server.
// Import reads and checks the file and shows what would change; only her confirmation writes.
import { lazy, startTransition, Suspense, useRef, useState } from 'react';
import { MAX_FILE_BYTES } from '../../boardfile/format';
import { isoDay } from '../../domain/dates';
import { useT } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { reportError } from '../../ui/reportError';
import { BOARD_NAME } from './boardName';
import { downloadBlob } from '../../ui/downloadBlob';
import { SyncButton } from './SyncButton';
import type { ImportState } from './ImportDialog';

// File handling (zod validation, merge) loads on first use: it is not needed to show the board.
const ImportDialog = lazy(() => import('./ImportDialog'));
const loadCommands = () => import('../../storage/boardfile/boardFileCommands');

export function BoardFileActions() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [importState, setImportStateNow] = useState<ImportState | null>(null);
  // A transition: while the dialog's code is still loading, the board stays as it is and the dialog
  // opens as soon as the code is there. Without one, React shows the (empty) fallback first and then
  // keeps it for at least 300 ms (its fallback throttle), which the first preview paid every time.
  const setImportState = (state: ImportState | null) => startTransition(() => setImportStateNow(state));
  const [busy, setBusy] = useState(false);

  const onExport = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const { exportBoardFile } = await loadCommands();
      const { blob, fileName, itemCount } = await exportBoardFile(BOARD_NAME, now, isoDay(now));
      downloadBlob(blob, fileName);
      useViewStore.getState().showToast({ message: t.boardfile.exported(itemCount, fileName), kind: 'info' });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setImportState({ kind: 'error', fileName: file.name, error: { kind: 'tooLarge' } });
      return;
    }
    setBusy(true);
    try {
      const { prepareImport } = await loadCommands();
      let result: Awaited<ReturnType<typeof prepareImport>>;
      try {
        // The file goes to the board-file worker as it is: read, parsed and merged off the main thread.
        result = await prepareImport(file);
      } catch (error) {
        if (!(error instanceof DOMException)) throw error;
        setImportState({ kind: 'readFailed', fileName: file.name });
        return;
      }
      setImportState(
        result.ok
          ? { kind: 'preview', fileName: file.name, prepared: result.value }
          : { kind: 'error', fileName: file.name, error: result.error },
      );
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void onExport()} disabled={busy}>
        {t.boardfile.exportButton}
      </button>
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        {t.boardfile.importButton}
      </button>
      <SyncButton />
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.boardfile.chooseFile}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void onFile(file);
        }}
      />
      {/* Always mounted: a boundary that is already shown waits in a transition instead of falling back. */}
      <Suspense fallback={null}>
        {importState && <ImportDialog state={importState} onClose={() => setImportState(null)} />}
      </Suspense>
    </>
  );
}
