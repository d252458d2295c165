// i18n: one dictionary object per language, composed from one file per area so features can add
// strings without touching each other. Components call useT() and read typed properties.
import { useViewStore } from '../state/viewStore';
import * as common from './common';

export const dictionaries = {
  de: { ...common.de },
  en: { ...common.en },
};

export type Language = keyof typeof dictionaries;
export type Messages = (typeof dictionaries)['de'];

export function messagesFor(language: Language): Messages {
  return dictionaries[language];
}

export function useT(): Messages {
  return messagesFor(useViewStore((s) => s.language));
}
