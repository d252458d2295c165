// Anhänge in the editor: attach by button (`Datei anhängen`), by dropping files onto the section, or
// by pasting an image anywhere in the editor; the gallery with each file's rights. On a stored item
// attachments are written at once (files are large, their rights are checked by the move commands),
// independent of the form's Speichern. In a new item's editor they are kept in the form (`draft`)
// and saved with the item: a photo from a messenger is often why the item is created at all.
// What happened to the files (progress, refusals, iPhone photos converted) shows right below
// `Datei anhängen`, where she just chose them, and is scrolled into view when the files came by paste
// or drop: a message at the top of this section was out of view in a scrolled dialog, one in the
// editor's footer took half a phone's screen and cut its own text off.
import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
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
import { attachFile } from '../../storage/attachments/attachmentCommands';
import { collectFiles, type StoreFile } from './attachFiles';
import { AttachmentEntry } from './AttachmentEntry';
import { summaryLines } from './AttachSummaryText';
import { downloadOriginal } from './download';
import { changeDraft, draftEntry, type DraftAttachment } from './draftAttachments';
import { BlobReaderContext, readStoredBlob, type BlobReader } from './useBlobUrl';
import { ImageViewer } from './ImageViewer';
import { useAttachmentsT } from './useAttachmentsT';
import './attachments.css';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** What the section shows about the last attach: progress while it runs, then the summary. */
interface AttachNotice {
  lines: string[];
  /** A file was refused or storage is nearly full: read out as an alert. */
  alert: boolean;
}

/** A new item's files, kept by the editor until it saves. */
export interface DraftFiles {
  files: readonly DraftAttachment[];
  onChange: (files: DraftAttachment[]) => void;
}

type Props = { item: Item; draft?: undefined } | { item?: undefined; draft: DraftFiles };

export default function AttachmentsSection({ item, draft }: Props) {
  const at = useAttachmentsT();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [notice, setNotice] = useState<AttachNotice | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const busy = useRef(false);
  const attachments = item ? liveAttachments(item) : draft.files.map((d) => d.entry);

  // The drafts as last handed out: files arrive one after another faster than a re-render.
  const drafts = useRef<readonly DraftAttachment[]>(draft?.files ?? []);
  const onDraftChange = useRef(draft?.onChange);
  useEffect(() => {
    if (!draft) return;
    drafts.current = draft.files;
    onDraftChange.current = draft.onChange;
  });
  const setDrafts = (next: DraftAttachment[]) => {
    drafts.current = next;
    onDraftChange.current?.(next);
  };
  const isDraft = draft !== undefined;
  const readDraftBlob = useCallback<BlobReader>(async (hash, which) => {
    const found = drafts.current.find((d) => d.file.hash === hash)?.file;
    if (!found) return null;
    return which === 'original' ? found.data : (found.thumb?.data ?? null);
  }, []);
  const read = isDraft ? readDraftBlob : readStoredBlob;

  const storeDraft: StoreFile = async (file) => {
    if (drafts.current.some((d) => d.file.hash === file.hash)) return { kind: 'alreadyAttached' };
    const id = crypto.randomUUID();
    setDrafts([...drafts.current, { entry: draftEntry(file, id, Date.now()), file }]);
    return { kind: 'added', attachmentId: id };
  };

  const attach = async (files: File[]) => {
    if (files.length === 0 || busy.current) return;
    busy.current = true;
    setWorking(true);
    setNotice({ lines: [at.working(0, files.length)], alert: false });
    // A pasted image may come while she is far down in the editor: the notice comes into view.
    requestAnimationFrame(() => status.current?.scrollIntoView?.({ block: 'nearest' }));
    try {
      const store: StoreFile = item ? (file) => attachFile(item.id, file) : storeDraft;
      const summary = await collectFiles(store, files, (done, total) =>
        setNotice({ lines: [at.working(done, total)], alert: false }),
      );
      setNotice({
        lines: summaryLines(at, summary),
        alert: summary.refused.length > 0 || summary.nearQuota,
      });
      requestAnimationFrame(() => status.current?.scrollIntoView?.({ block: 'nearest' }));
    } catch (error) {
      setNotice(null);
      reportError(error);
    } finally {
      busy.current = false;
      setWorking(false);
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

  const change = async (attachmentId: string, patch: AttachmentChange) => {
    if (!item) {
      setDrafts(drafts.current.map((d) => (d.entry.id === attachmentId ? changeDraft(d, patch) : d)));
      return;
    }
    await changeAttachmentEntry(item.id, attachmentId, patch).catch((error: unknown) => {
      reportError(error);
      throw error;
    });
  };

  const remove = async (a: Attachment) => {
    if (!item) {
      // Nothing was stored yet: the file just leaves the form.
      setDrafts(drafts.current.filter((d) => d.entry.id !== a.id));
      return;
    }
    try {
      await removeAttachment(item.id, a.id);
      offerUndo(at.removed(a.name), () => restoreAttachment(item.id, a.id));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <BlobReaderContext.Provider value={read}>
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
          <button type="button" onClick={() => input.current?.click()} disabled={working}>
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
        {/* A live region that stays in the page while empty, so its first message is read out. */}
        <div
          ref={status}
          role="status"
          className={notice?.alert ? 'attachments-status editor-alert' : 'attachments-status'}
        >
          {notice?.lines.map((line, index) => (
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
                onDownload={() => void downloadOriginal(a.hash, a.name, read).catch(reportError)}
                onRemove={() => void remove(a)}
                onChange={(patch) => change(a.id, patch)}
              />
            ))}
          </ul>
        )}
        {viewing && <ImageViewer attachment={viewing} onClose={() => setViewing(null)} />}
      </section>
    </BlobReaderContext.Provider>
  );
}
