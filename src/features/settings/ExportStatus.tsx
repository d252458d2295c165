// When the board was last exported as a file, and a reminder when that is more than 7 days ago.
import { format } from 'date-fns';
import { useState } from 'react';
import { exportReminder } from '../../domain/backups';
import { useSettingsT } from './settingsI18n';
import { useLastExportAt } from '../../storage/backups/backups';
import { useItemCount } from '../../storage/items/itemQueries';

export function ExportStatus() {
  const t = useSettingsT();
  const s = t.settings.storage;
  const lastExportAt = useLastExportAt();
  const itemCount = useItemCount();
  // Time of the first render: the reminder need not tick while the page is open.
  const [now] = useState(() => Date.now());
  if (lastExportAt === null || itemCount === undefined) return null;
  const reminder = exportReminder(lastExportAt, now, itemCount);
  return (
    <div className="export-status">
      <p>
        {lastExportAt === undefined
          ? s.neverExported
          : s.lastExport(format(lastExportAt, 'dd.MM.yyyy HH:mm'))}
      </p>
      {reminder.due && (
        <p className="storage-reminder">
          <strong>{s.exportReminder(reminder.daysAgo)}</strong> {s.exportHow}
        </p>
      )}
    </div>
  );
}
