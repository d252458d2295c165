// Anhänge in the editor: attach by button (`Datei anhängen`), by dropping files onto the section, or
// by pasting an image anywhere in the editor; the gallery with each file's rights. Attachments are
// written at once (files are large, their rights are checked by the move commands), independent of
// the form's Speichern.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { AttachmentChange } from '../../domain/attachmentEdits';
import { liveAttachments } from '../../domain/attachments';
import type { Attachment, Item } from '../../domain/types';
import {
  changeAttachmentEntry,
  removeAttachment,
  restoreAttachment,
} from '../../storage/attachments/attachmentCommands';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';
import { attachFiles, type AttachSummary } from './attachFiles';
import { AttachmentEntry } from './AttachmentEntry';
import { summaryLines } from './AttachSummaryText';
import { downloadOriginal } from './download';
import { ImageViewer } from './ImageViewer';
import { useAttachmentsT } from './useAttachmentsT';
import './attachments.css';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export default function AttachmentsSection({ item }: { item: Item }) {
  const at = useAttachmentsT();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<AttachSummary | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const busy = useRef(false);
  const attachments = liveAttachments(item);

  const attach = async (files: File[]) => {
    if (files.length === 0 || busy.current) return;
    busy.current = true;
    setSummary(null);
    setProgress({ done: 0, total: files.length });
    try {
      setSummary(await attachFiles(item.id, files, (done, total) => setProgress({ done, total })));
    } catch (error) {
      reportError(error);
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };
  const attachRef = useRef(attach);
  useEffect(() => {
    attachRef.current = attach;
  });

  // Paste an image anywhere in the open editor. Text copied from Word or a web page often comes with
  // a picture of itself: pasted into a text field, the text wins and nothing is attached.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      const intoText =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (intoText && event.clipboardData?.types.includes('text/plain')) return;
      event.preventDefault();
      void attachRef.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const change = (attachmentId: string, patch: AttachmentChange) =>
    changeAttachmentEntry(item.id, attachmentId, patch).catch((error: unknown) => {
      reportError(error);
      throw error;
    });

  const remove = async (a: Attachment) => {
    try {
      await removeAttachment(item.id, a.id);
      offerUndo(at.removed(a.name), () => restoreAttachment(item.id, a.id));
    } catch (error) {
      reportError(error);
    }
  };

  const lines = summary ? summaryLines(at, summary) : [];

  return (
    <section
      className={dragOver ? 'editor-fieldset attachments attachments-drop' : 'editor-fieldset attachments'}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragOver(false);
        void attach(Array.from(event.dataTransfer.files));
      }}
    >
      <h3 id={headingId} className="attachments-heading">
        {at.heading}
      </h3>
      <p className="editor-muted">{at.intro}</p>
      <div className="editor-inline">
        <button type="button" onClick={() => input.current?.click()} disabled={progress !== null}>
          {at.attach}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            void attach(files);
          }}
        />
      </div>
      <div role="status" className="attachments-status">
        {progress && <p>{at.working(progress.done, progress.total)}</p>}
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
      {attachments.length === 0 ? (
        <p className="editor-muted">{at.empty}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <AttachmentEntry
              key={a.id}
              attachment={a}
              onOpen={() => setViewing(a)}
              onDownload={() => void downloadOriginal(a.hash, a.name).catch(reportError)}
              onRemove={() => void remove(a)}
              onChange={(patch) => change(a.id, patch)}
            />
          ))}
        </ul>
      )}
      {viewing && <ImageViewer attachment={viewing} onClose={() => setViewing(null)} />}
    </section>
  );
}
