// What went wrong in a settings command, kept as a key (not as text), so a message on screen follows
// a language switch; the text is looked up at render time.
import type { SettingsMessages } from './settingsI18n';
import { toStorageError, type StorageErrorKind } from '../../storage/db/errors';
import { settingsValidationKey, type SettingsValidationError } from '../../storage/settings/settingsCommands';

export type SettingsErrorKey = SettingsValidationError['key'];

export type SettingsField = 'name' | 'color' | 'weeklyTarget';

/** The field next to which a validation problem is shown. */
export const ERROR_FIELD: Record<SettingsErrorKey, SettingsField> = {
  nameEmpty: 'name',
  nameTaken: 'name',
  targetInvalid: 'weeklyTarget',
  colorInvalid: 'color',
};

/** A validation problem (shown next to its field) or a storage failure (shown as an alert). */
export type SettingsProblem = { key: SettingsErrorKey } | { key: null; storage: StorageErrorKind };

export function toProblem(error: unknown): SettingsProblem {
  const key = settingsValidationKey(error);
  return key ? { key } : { key: null, storage: toStorageError(error).kind };
}

export function problemText(t: SettingsMessages, problem: SettingsProblem): string {
  return problem.key ? t.settings.errors[problem.key] : t.storageError[problem.storage];
}
