// Einstellungen › Region: the Bundesland whose public holidays are not working days (stand-up's
// "next 3 working days", calendar marks). A setting of this device, default Hessen.
import { useId } from 'react';
import { BUNDESLAENDER, isBundesland } from '../../domain/workingDays';
import { useSettingsT } from './settingsI18n';
import { setBundesland, useBundesland } from '../../storage/settings/regionSettings';

export function RegionSection() {
  const t = useSettingsT();
  const id = useId();
  const land = useBundesland();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.settings.region.heading}</h2>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t.settings.region.label}</label>
        <select
          id={`${id}-select`}
          value={land}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            if (isBundesland(e.target.value)) void setBundesland(e.target.value);
          }}
        >
          {BUNDESLAENDER.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="field-hint">
          {t.settings.region.hint}
        </span>
      </div>
    </section>
  );
}
