// Einstellungen › Demodaten: fills an empty board with a realistic sample, e.g. to try the app out.
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { loadDemoData } from '../../storage/demoData';
import { toStorageError } from '../../storage/errors';
import { useItemCount } from '../../storage/queries';
import { hrefFor } from '../../ui/useHashRoute';

export function DemoDataSection() {
  const t = useT();
  const s = t.settings.demo;
  const id = useId();
  const count = useItemCount();
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<number | null>(null);
  const [alert, setAlert] = useState('');

  const load = async () => {
    setBusy(true);
    setAlert('');
    try {
      const created = await loadDemoData();
      if (created === 0) setAlert(s.refused);
      setLoaded(created);
    } catch (e) {
      setAlert(t.storageError[toStorageError(e).kind]);
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
      {alert && (
        <p role="alert" className="form-alert">
          {alert}
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
    </section>
  );
}
