// Strings of the board view. German is the source of truth; English mirrors its shape.
export const de = {};

export type BoardMessages = typeof de;

export const en: BoardMessages = {};
