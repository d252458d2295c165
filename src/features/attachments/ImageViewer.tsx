// One image large, from its original bytes (read only now, when asked for). Its own modal on top of
// the editor; the blob: URL is revoked when it closes.
import { useId } from 'react';
import type { Attachment } from '../../domain/types';
import { ModalDialog } from '../../ui/ModalDialog';
import { useAttachmentsT } from './useAttachmentsT';
import { useStoredBlobUrl } from './useBlobUrl';
// The dialog frame (editor-dialog, header, body, footer) is the editor's: without this import it
// arrives only with the editor, and a dialog opened first (a fresh, empty board) shows unstyled.
import '../editor/editor.css';

export function ImageViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const at = useAttachmentsT();
  const headingId = useId();
  const url = useStoredBlobUrl(attachment.hash, 'original');
  return (
    <ModalDialog className="editor-dialog image-viewer" labelledBy={headingId} onCloseRequest={onClose}>
      <div className="editor-form">
        <header className="editor-header">
          <h2 id={headingId}>{attachment.name}</h2>
        </header>
        <div className="editor-body image-viewer-body">{url && <img src={url} alt={attachment.name} />}</div>
        <footer className="editor-footer">
          <div className="editor-inline editor-buttons-end">
            <button type="button" data-autofocus onClick={onClose}>
              {at.close}
            </button>
          </div>
        </footer>
      </div>
    </ModalDialog>
  );
}
