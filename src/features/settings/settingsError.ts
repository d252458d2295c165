// Turns what a settings command threw into German (or English) text, and says whether it belongs
// next to a field (validation) or is a storage failure shown as an alert.
import type { Messages } from '../../i18n';
import { toStorageError } from '../../storage/errors';
import { settingsValidationKey, type SettingsValidationError } from '../../storage/settingsCommands';

export type SettingsErrorKey = SettingsValidationError['key'];

export interface SettingsErrorText {
  /** Set for a validation error (show it next to its field); null for a storage failure. */
  key: SettingsErrorKey | null;
  text: string;
}

export function settingsErrorText(t: Messages, error: unknown): SettingsErrorText {
  const key = settingsValidationKey(error);
  if (key) return { key, text: t.settings.errors[key] };
  return { key: null, text: t.storageError[toStorageError(error).kind] };
}
