// Einstellungen › Speicher und Sicherungen: whether the browser may evict the board, how much space
// it uses, the export reminder and the automatic backups with an undoable restore.
import { useId } from 'react';
import { AttachmentSpace } from '../attachments/AttachmentSpace';
import { useSettingsT } from './settingsI18n';
import { BackupList } from './BackupList';
import { ExportStatus } from './ExportStatus';
import { PersistenceStatus } from './PersistenceStatus';

export function StorageSection() {
  const t = useSettingsT();
  const s = t.settings.storage;
  const id = useId();
  return (
    <section className="settings-section storage-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{s.heading}</h2>
      <p className="section-intro">{s.intro}</p>
      <PersistenceStatus />
      <AttachmentSpace />
      <ExportStatus />
      <BackupList />
    </section>
  );
}
