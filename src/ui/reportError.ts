// Every failed command ends in a visible German message: nothing is lost silently.
import { messagesFor } from '../i18n';
import { WorkerFailedError } from '../platform/workerClient';
import * as rights from '../i18n/rights';
import { useViewStore } from '../state/viewStore';
import { toStorageError } from '../storage/db/errors';
import { ImageRightsError } from '../storage/items/itemCommands';

export function reportError(error: unknown): void {
  const store = useViewStore.getState();
  const t = messagesFor(store.language);
  if (error instanceof ImageRightsError) {
    // A refused move is not a storage failure: say which image lacks what (a role="alert" toast).
    const message = rights[store.language].moveRefused(t.columns[error.column], error.problems);
    store.showToast({ kind: 'error', message });
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
