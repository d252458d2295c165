// The item editor: shown while viewStore.editing is set (an item id, or 'new:<column>').
// The dialog's code loads on first use, keeping the board's first download small. Keyed by the
// target, so opening another item starts a fresh form instead of reusing the previous one.
import { lazy, Suspense } from 'react';
import { useViewStore } from '../../state/viewStore';

const EditorDialog = lazy(() => import('./EditorDialog'));

export function ItemEditor() {
  const editing = useViewStore((s) => s.editing);
  if (editing === null) return null;
  return (
    <Suspense fallback={null}>
      <EditorDialog key={editing} target={editing} />
    </Suspense>
  );
}
