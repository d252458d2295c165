// Einstellungen: team, channels, language, demo data, storage and backups. Lazy-loaded (route #/einstellungen).
import { useSettingsT } from './settingsI18n';
import { ChannelsSection } from './ChannelsSection';
import { DemoDataSection } from './DemoDataSection';
import { LanguageSection } from './LanguageSection';
import { RegionSection } from './RegionSection';
import { StorageSection } from './StorageSection';
import { TeamSection } from './TeamSection';
import './settings.css';

export default function SettingsView() {
  const t = useSettingsT();
  return (
    <div className="settings">
      <h1>{t.settings.heading}</h1>
      <TeamSection />
      <ChannelsSection />
      <LanguageSection />
      <RegionSection />
      <DemoDataSection />
      <StorageSection />
    </div>
  );
}
