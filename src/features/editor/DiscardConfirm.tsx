// The small inline question before unsaved input is thrown away (no window.confirm: it blocks the
// page and cannot be styled or translated). Focus lands on the safe answer.
import { useEffect, useId, useRef } from 'react';
import { useEditorT } from './useEditorT';

interface DiscardConfirmProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
}

export function DiscardConfirm({ onDiscard, onKeepEditing }: DiscardConfirmProps) {
  const t = useEditorT();
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="editor-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{t.editor.discard.question}</p>
      <div className="editor-inline">
        <button type="button" className="danger" onClick={onDiscard}>
          {t.editor.discard.confirm}
        </button>
        <button type="button" ref={keepRef} onClick={onKeepEditing}>
          {t.editor.discard.keepEditing}
        </button>
      </div>
    </div>
  );
}
