// Every failed command ends in a visible German message: nothing is lost silently.
import { messagesFor } from '../i18n';
import { useViewStore } from '../state/viewStore';
import { toStorageError } from '../storage/errors';

export function reportError(error: unknown): void {
  const store = useViewStore.getState();
  const t = messagesFor(store.language);
  store.showToast({ kind: 'error', message: t.storageError[toStorageError(error).kind] });
}
