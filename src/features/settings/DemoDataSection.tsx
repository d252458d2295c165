// Einstellungen › Demodaten: fills an empty board with a realistic sample, e.g. to try the app out.
import { useEffect, useId, useRef, useState } from 'react';
import { useSettingsT } from './settingsI18n';
import { loadDemoData } from '../../storage/settings/demoData';
import { toStorageError, type StorageErrorKind } from '../../storage/db/errors';
import { useItemCount } from '../../storage/items/itemQueries';
import { hrefFor } from '../../ui/useHashRoute';

export function DemoDataSection() {
  const t = useSettingsT();
  const s = t.settings.demo;
  const id = useId();
  const count = useItemCount();
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<number | null>(null);
  const [failure, setFailure] = useState<StorageErrorKind | null>(null);
  const result = useRef<HTMLDivElement>(null);

  // The button is disabled while (and after) loading, which drops keyboard focus: put it on the outcome.
  useEffect(() => {
    if (loaded !== null || failure) result.current?.focus();
  }, [loaded, failure]);

  const load = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const created = await loadDemoData();
      setLoaded(created);
    } catch (e) {
      setFailure(toStorageError(e).kind);
    } finally {
      setBusy(false);
    }
  };

  const notEmpty = count !== undefined && count > 0;
  const explain = notEmpty && !loaded;
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{s.heading}</h2>
      <p className="section-intro">{s.intro}</p>
      <button
        type="button"
        className="primary"
        onClick={load}
        disabled={count === undefined || notEmpty || busy}
        aria-describedby={explain ? `${id}-why` : undefined}
      >
        {busy ? s.loading : s.load}
      </button>
      {explain && (
        <p id={`${id}-why`} className="field-hint">
          {s.notEmpty(count ?? 0)}
        </p>
      )}
      <div ref={result} tabIndex={-1} className="demo-result">
        {(failure || loaded === 0) && (
          <p role="alert" className="form-alert">
            {failure ? t.storageError[failure] : s.refused}
          </p>
        )}
        <p role="status" className="form-status">
          {loaded ? (
            <>
              {s.loaded(loaded)} <a href={hrefFor('board')}>{s.toBoard}</a>
            </>
          ) : (
            ''
          )}
        </p>
      </div>
    </section>
  );
}
