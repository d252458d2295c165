// Offers a new version of the app when the service worker has one ready. The update is applied only
// when she clicks, so a half-typed item in the editor is never lost to a reload.
import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useT } from '../i18n';

export function UpdatePrompt() {
  const t = useT();
  const [update, setUpdate] = useState<null | (() => Promise<void>)>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const updateSW = registerSW({
      onNeedRefresh: () => setUpdate(() => () => updateSW(true)),
    });
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
