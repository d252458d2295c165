import { useT } from '../../i18n';

// Placeholder: replaced by team members, channels and language settings.
export default function SettingsView() {
  const t = useT();
  return <h1>{t.nav.settings}</h1>;
}
