// Ctrl+Z / Cmd+Z undoes the last undoable action (delete, move …) unless the user is typing in a field,
// where the browser's own text undo must keep working.
import { useEffect } from 'react';
import { useViewStore } from '../state/viewStore';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useGlobalUndo(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (isTextField(event.target)) return;
      const entry = useViewStore.getState().popUndo();
      if (!entry) return;
      event.preventDefault();
      void entry.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
