// Strings of the editor view. German is the source of truth; English mirrors its shape.
export const de = {};

export type EditorMessages = typeof de;

export const en: EditorMessages = {};
