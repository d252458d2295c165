// i18n: one dictionary object per language, composed from one file per area so features can add
// strings without touching each other. Components call useT() and read typed properties,
// e.g. t.board.newItem or t.columns.idee.
import { useViewStore } from '../state/viewStore';
import * as board from './board';
import * as boardfile from './boardfile';
import * as calendar from './calendar';
import * as common from './common';
import * as editor from './editor';
import * as settings from './settings';

export const dictionaries = {
  de: {
    ...common.de,
    board: board.de,
    boardfile: boardfile.de,
    calendar: calendar.de,
    editor: editor.de,
    settings: settings.de,
  },
  en: {
    ...common.en,
    board: board.en,
    boardfile: boardfile.en,
    calendar: calendar.en,
    editor: editor.en,
    settings: settings.en,
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
