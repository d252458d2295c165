// An action that can be undone offers it twice: a toast with `Rückgängig` and Ctrl+Z (global undo
// stack). Both run the same undo; a failing undo is reported like any failed command.
import { useViewStore, type UndoEntry } from '../state/viewStore';
import { reportError } from './reportError';

export function offerUndo(message: string, undoCommand: () => Promise<unknown>, { toast = true } = {}): void {
  const { showToast, pushUndo } = useViewStore.getState();
  const entry: UndoEntry = {
    message,
    undo: async () => {
      try {
        await undoCommand();
      } catch (error) {
        reportError(error);
      }
    },
  };
  if (toast) showToast({ message, kind: 'info', undo: entry });
  pushUndo(entry);
}
