// Einstellungen › Speicher und Sicherungen: how much space attachments take, and a warning while the
// browser's storage is nearly full (before a write fails, not after).
import { useEffect, useState } from 'react';
import { attachmentSpace, type AttachmentSpace as Space } from '../../storage/attachments/attachmentCommands';
import { storageUsage, type StorageUsage } from '../../storage/db/persistence';
import { QUOTA_WARN_SHARE } from './attachFiles';
import { useAttachmentsT } from './useAttachmentsT';

export function AttachmentSpace() {
  const at = useAttachmentsT();
  const [space, setSpace] = useState<Space | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    let current = true;
    void attachmentSpace().then(
      (value) => current && setSpace(value),
      () => undefined,
    );
    void storageUsage().then((value) => current && setUsage(value));
    return () => {
      current = false;
    };
  }, []);
  const share = usage && usage.quota > 0 ? usage.usage / usage.quota : 0;
  return (
    <div className="attachment-space">
      <h3>{at.space.heading}</h3>
      {space && <p>{at.space.used(space.files, space.blobs + space.thumbs)}</p>}
      {share >= QUOTA_WARN_SHARE && (
        <p role="alert" className="attachment-space-warning">
          {at.space.nearQuota(share)}
        </p>
      )}
    </div>
  );
}
