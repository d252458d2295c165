// Persistent storage granted or not (with a button to ask), and the space the board uses.
import { useEffect, useState } from 'react';
import { formatBytes } from '../../domain/backups';
import { useSettingsT } from './settingsI18n';
import { useViewStore } from '../../state/viewStore';
import {
  isPersisted,
  requestPersistence,
  storageUsage,
  type StorageUsage,
} from '../../storage/db/persistence';

const LOCALES = { de: 'de-DE', en: 'en-GB' } as const;

export function PersistenceStatus() {
  const t = useSettingsT();
  const s = t.settings.storage;
  const locale = LOCALES[useViewStore((v) => v.language)];
  // undefined: still asking the browser; null: the browser has no answer (API missing).
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    let current = true;
    void isPersisted().then((value) => current && setPersisted(value));
    void storageUsage().then((value) => current && setUsage(value));
    return () => {
      current = false;
    };
  }, []);

  const ask = async () => {
    const granted = await requestPersistence();
    setPersisted(granted ?? (await isPersisted()));
    setRefused(granted === false);
  };

  return (
    <div className="storage-status">
      {persisted !== undefined && (
        <p>{persisted === null ? s.persistUnknown : persisted ? s.persisted : s.notPersisted}</p>
      )}
      {persisted === false && (
        <button type="button" onClick={() => void ask()}>
          {s.persistRequest}
        </button>
      )}
      <p role="status" className="form-status">
        {refused ? s.persistRefused : ''}
      </p>
      {usage !== undefined && (
        <p>
          {usage === null
            ? s.usageUnknown
            : s.usage(formatBytes(usage.usage, locale), formatBytes(usage.quota, locale))}
        </p>
      )}
    </div>
  );
}
