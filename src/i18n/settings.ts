// Strings of the settings view. German is the source of truth; English mirrors its shape.
export const de = {};

export type SettingsMessages = typeof de;

export const en: SettingsMessages = {};
