// Delete and archive from the editor, each with an undo offered twice: the toast's Rückgängig
// button and Ctrl+Z (global undo stack). Both run the same undo.
import { shorten } from '../../domain/items';
import type { Messages } from '../../i18n';
import { useViewStore, type UndoEntry } from '../../state/viewStore';
import { toStorageError } from '../../storage/errors';
import { archiveItem, deleteItem, restoreItem, unarchiveItem } from '../../storage/itemCommands';

const TOAST_TITLE_CHARS = 40;

function offerUndo(t: Messages, message: string, undoCommand: () => Promise<void>): void {
  const { showToast, pushUndo } = useViewStore.getState();
  const entry: UndoEntry = {
    message,
    undo: async () => {
      try {
        await undoCommand();
      } catch (error) {
        useViewStore
          .getState()
          .showToast({ message: t.storageError[toStorageError(error).kind], kind: 'error' });
      }
    },
  };
  showToast({ message, kind: 'info', undo: entry });
  pushUndo(entry);
}

export async function deleteWithUndo(t: Messages, id: string, title: string): Promise<void> {
  await deleteItem(id);
  offerUndo(t, t.editor.toast.deleted(shorten(title, TOAST_TITLE_CHARS)), () => restoreItem(id));
}

export async function setArchivedWithUndo(
  t: Messages,
  id: string,
  title: string,
  archived: boolean,
): Promise<void> {
  const short = shorten(title, TOAST_TITLE_CHARS);
  if (archived) {
    await archiveItem(id);
    offerUndo(t, t.editor.toast.archived(short), () => unarchiveItem(id));
  } else {
    await unarchiveItem(id);
    offerUndo(t, t.editor.toast.unarchived(short), () => archiveItem(id));
  }
}
