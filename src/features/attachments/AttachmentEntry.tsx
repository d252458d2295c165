// One attachment in the editor's gallery: its thumbnail (or a file icon: SVG is never rendered),
// open large, download the original, remove (undoable), and its image rights.
import { memo } from 'react';
import type { AttachmentChange } from '../../domain/attachmentEdits';
import { attachmentKind, needsRights } from '../../domain/attachments';
import type { Attachment } from '../../domain/types';
import { useAttachmentsT } from './useAttachmentsT';
import { useStoredBlobUrl } from './useBlobUrl';
import { RightsFields } from './RightsFields';

interface Props {
  attachment: Attachment;
  onOpen: () => void;
  onDownload: () => void;
  onRemove: () => void;
  onChange: (change: AttachmentChange) => Promise<void>;
}

/**
 * Each write re-reads the item, handing every entry over as a new object; an entry re-renders only
 * when its own record changed (its clock), so attaching 20 photos one by one does not re-render the
 * whole gallery 20 times. The callbacks only close over ids, which an unchanged entry keeps.
 */
const sameEntry = (a: Props, b: Props) =>
  a.attachment.id === b.attachment.id && a.attachment.clock === b.attachment.clock;

export const AttachmentEntry = memo(function AttachmentEntry({
  attachment: a,
  onOpen,
  onDownload,
  onRemove,
  onChange,
}: Props) {
  const at = useAttachmentsT();
  const kind = attachmentKind(a.type);
  const thumbUrl = useStoredBlobUrl(kind === 'image' ? a.hash : null, 'thumb');
  return (
    <li className="attachment">
      <div className="attachment-head">
        <div className="attachment-preview">
          {kind === 'image' ? (
            thumbUrl ? (
              <img src={thumbUrl} alt={a.name} />
            ) : (
              <span className="attachment-placeholder" role="img" aria-label={a.name} />
            )
          ) : (
            <span className="attachment-file-icon" aria-hidden="true">
              {kind === 'video' ? '▶' : kind === 'pdf' ? 'PDF' : kind === 'svg' ? 'SVG' : '📄'}
            </span>
          )}
        </div>
        <div className="attachment-info">
          <span className="attachment-name">{a.name}</span>
          <span className="editor-muted">
            {at.kinds[kind]}, {at.size(a.size)}
            {kind !== 'image' && ` · ${at.fileOnly}`}
          </span>
          <div className="editor-inline">
            {kind === 'image' && (
              <button type="button" onClick={onOpen} aria-label={at.open(a.name)}>
                {at.openShort}
              </button>
            )}
            <button type="button" onClick={onDownload} aria-label={at.download(a.name)}>
              {at.downloadShort}
            </button>
            <button type="button" className="danger" onClick={onRemove} aria-label={at.remove(a.name)}>
              {at.removeShort}
            </button>
          </div>
        </div>
      </div>
      {needsRights(a) && <RightsFields attachment={a} onChange={onChange} />}
    </li>
  );
}, sameEntry);
