// Shared set-up for the editor's component tests: a fresh fake IndexedDB with the default
// channels, a minimal showModal for jsdom, and the editor mounted with toasts and global undo.
import { StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { ItemEditor } from '../../../src/features/editor/ItemEditor';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { Toasts } from '../../../src/ui/Toasts';
import { useGlobalUndo } from '../../../src/ui/useGlobalUndo';

// jsdom has HTMLDialogElement but not its modal methods.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    // Like the browser's dialog focusing steps: focus moves to the first focusable control.
    this.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    // The browser fires `close` from a queued task, not synchronously.
    setTimeout(() => this.dispatchEvent(new Event('close')), 0);
  };
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
  await seedDefaults();
  useViewStore.setState({ editing: null, toasts: [], undoStack: [], language: 'de' });
}

function Harness() {
  useGlobalUndo();
  return (
    <>
      <button type="button">Öffner</button>
      <ItemEditor />
      <Toasts />
    </>
  );
}

export function renderEditor() {
  // StrictMode as in main.tsx: effects mount, unmount and mount again in development.
  return render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
}

export async function openEditor(target: string): Promise<HTMLElement> {
  act(() => useViewStore.getState().openEditor(target));
  return screen.findByRole('dialog', {}, { timeout: 3000 });
}
