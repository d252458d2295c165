// Delete and archive from the editor, each with an undo offered twice: the toast's Rückgängig
// button and Ctrl+Z (global undo stack). Both run the same undo.
import { shorten } from '../../domain/items';
import type { EditorT } from './useEditorT';
import { offerUndo } from '../../ui/offerUndo';
import { archiveItem, deleteItem, restoreItem, unarchiveItem } from '../../storage/items/itemCommands';

const TOAST_TITLE_CHARS = 40;

export async function deleteWithUndo(t: EditorT, id: string, title: string): Promise<void> {
  await deleteItem(id);
  offerUndo(t.editor.toast.deleted(shorten(title, TOAST_TITLE_CHARS)), () => restoreItem(id));
}

export async function setArchivedWithUndo(
  t: EditorT,
  id: string,
  title: string,
  archived: boolean,
): Promise<void> {
  const short = shorten(title, TOAST_TITLE_CHARS);
  if (archived) {
    await archiveItem(id);
    offerUndo(t.editor.toast.archived(short), () => unarchiveItem(id));
  } else {
    await unarchiveItem(id);
    offerUndo(t.editor.toast.unarchived(short), () => archiveItem(id));
  }
}
