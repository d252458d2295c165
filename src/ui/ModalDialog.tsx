// A real modal on the native <dialog> element: showModal() makes the page behind it inert (focus
// stays inside) and gives it role dialog. Escape does not close it directly: it asks the owner
// (onCloseRequest), who may first confirm unsaved changes. Focus starts on the element marked
// data-autofocus and returns to the opener on close.
import { useEffectEvent, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  labelledBy: string;
  /** Escape was pressed (or the browser asked to close): the owner decides what happens. */
  onCloseRequest: () => void;
  className?: string;
  children: ReactNode;
}

function openModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // Very old engines lack showModal; an open non-modal dialog still shows the form.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

export function ModalDialog({ labelledBy, onCloseRequest, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const mounted = useRef(false);
  const requestClose = useEffectEvent(onCloseRequest);

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    mounted.current = true;
    openModal(dialog);
    // The browser focuses the first focusable element, which may be a scrollable container;
    // the owner marks the control that should receive focus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();

    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    // Chromium may close without a cancelable cancel event (e.g. Escape pressed twice with no
    // typing in between). The owner still has the form open, so reopen instead of losing it.
    // `close` arrives from a queued task: one left over from StrictMode's unmount/remount (or any
    // close we did ourselves) finds the dialog open again and is ignored.
    const onClose = () => {
      if (mounted.current && dialog.isConnected && !dialog.open) {
        openModal(dialog);
        requestClose();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    return () => {
      mounted.current = false;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (opener && opener !== document.body && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className}
      aria-modal="true"
      aria-labelledby={labelledBy}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here so the browser sends no close request of its own.
        event.preventDefault();
        event.stopPropagation();
        onCloseRequest();
      }}
    >
      {children}
    </dialog>
  );
}
