// Offers a new version of the app when the service worker has one ready. The update is applied only
// when she clicks, so a half-typed item in the editor is never lost to a reload.
import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useT } from '../i18n';
import { whenIdle } from './whenIdle';

/** Latest moment to register the service worker when the page is never idle. */
const SW_REGISTER_IDLE_TIMEOUT_MS = 3000;

export function UpdatePrompt() {
  const t = useT();
  const [update, setUpdate] = useState<null | (() => Promise<void>)>(null);

  // Registered once the page is idle: the service worker (and its precache of every chunk) has no
  // business competing with the board's first paint; it serves the next visit.
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    return whenIdle(() => {
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => () => updateSW(true)),
      });
    }, SW_REGISTER_IDLE_TIMEOUT_MS);
  }, []);

  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t.update.available}</span>
      <button type="button" className="primary" onClick={() => void update()}>
        {t.update.reload}
      </button>
      <button type="button" onClick={() => setUpdate(null)}>
        {t.update.later}
      </button>
    </div>
  );
}
