// Toasts: short confirmations (with an undo button where the action can be undone) and errors.
// A polite live region so screen readers hear them without losing focus.
import { useEffect } from 'react';
import { useT } from '../i18n';
import { useViewStore, type Toast } from '../state/viewStore';

const TOAST_MS = 8000;

function ToastRow({ toast }: { toast: Toast }) {
  const t = useT();
  const dismiss = useViewStore((s) => s.dismissToast);
  useEffect(() => {
    if (toast.kind === 'error') return; // errors stay until dismissed
    const timer = window.setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
      <span>{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          onClick={() => {
            dismiss(toast.id);
            void toast.undo!.undo();
          }}
        >
          {t.actions.undo}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={t.actions.close}
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useViewStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastRow key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
