// Every failed command ends in a visible German message: nothing is lost silently.
import { messagesFor } from '../i18n';
import { WorkerFailedError } from '../platform/workerFailure';
import { useViewStore } from '../state/viewStore';
import { toStorageError } from '../storage/db/errors';
import { ImageRightsError } from '../storage/items/itemCommands';

export function reportError(error: unknown): void {
  const store = useViewStore.getState();
  const t = messagesFor(store.language);
  if (error instanceof ImageRightsError) {
    // A refused move is not a storage failure: say which image lacks what (a role="alert" toast).
    // Its words load with the first refusal (the editor's chunk has them too), not with the board.
    const { language } = store;
    const column = t.columns[error.column];
    void import('../i18n/rights').then((rights) =>
      store.showToast({ kind: 'error', message: rights[language].moveRefused(column, error.problems) }),
    );
    return;
  }
  if (error instanceof WorkerFailedError) {
    // The board-file worker failed (attachments word theirs per file): nothing was written, and the
    // next try starts a fresh worker.
    store.showToast({ kind: 'error', message: t.boardfile.workerFailed });
    return;
  }
  store.showToast({ kind: 'error', message: t.storageError[toStorageError(error).kind] });
}
