// i18n: one dictionary object per language, composed from one file per area so features can add
// strings without touching each other. Components call useT() and read typed properties,
// e.g. t.board.newItem or t.columns.idee. The strings of lazily loaded views (stand-up, calendar,
// editor) are not composed here: they load with the view's chunk (withArea below), outside the
// first download.
import { useViewStore } from '../state/viewStore';
import * as board from './board';
import * as boardfile from './boardfile';
import * as common from './common';

export const dictionaries = {
  de: {
    ...common.de,
    board: board.de,
    boardfile: boardfile.de,
  },
  en: {
    ...common.en,
    board: board.en,
    boardfile: boardfile.en,
  },
};

export type Language = keyof typeof dictionaries;
export type Messages = (typeof dictionaries)['de'];

export function messagesFor(language: Language): Messages {
  return dictionaries[language];
}

export function useT(): Messages {
  return messagesFor(useViewStore((s) => s.language));
}

/**
 * Strings of a lazily loaded view stay in that view's chunk (the first download has a budget): the
 * view combines them with the shared dictionary through the hook made here, e.g.
 * `withArea('calendar', calendar).useArea()` gives t.columns … and t.calendar ….
 */
export function withArea<K extends string, A>(key: K, area: Record<Language, A>) {
  type AreaMessages = Messages & Record<K, A>;
  const cache = new Map<Language, AreaMessages>();
  const messages = (language: Language): AreaMessages => {
    let combined = cache.get(language);
    if (!combined) {
      combined = { ...dictionaries[language], [key]: area[language] } as AreaMessages;
      cache.set(language, combined);
    }
    return combined;
  };
  const useArea = (): AreaMessages => messages(useViewStore((s) => s.language));
  return { messages, useArea };
}
