// Einstellungen › Sprache: switches the whole interface (view state, kept in localStorage).
import { useId } from 'react';
import { useSettingsT } from './settingsI18n';
import { useViewStore, type LanguageCode } from '../../state/viewStore';

export function LanguageSection() {
  const t = useSettingsT();
  const id = useId();
  const language = useViewStore((s) => s.language);
  const setLanguage = useViewStore((s) => s.setLanguage);
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.settings.language.heading}</h2>
      <div className="field field-language">
        <label htmlFor={`${id}-select`}>{t.language.label}</label>
        <select
          id={`${id}-select`}
          value={language}
          onChange={(e) => setLanguage(e.target.value as LanguageCode)}
          aria-describedby={`${id}-hint`}
        >
          {/* Each language names itself, so someone who cannot read the current one still finds theirs. */}
          <option value="de" lang="de">
            {t.language.de}
          </option>
          <option value="en" lang="en">
            {t.language.en}
          </option>
        </select>
        <span id={`${id}-hint`} className="field-hint">
          {t.settings.language.hint}
        </span>
      </div>
    </section>
  );
}
