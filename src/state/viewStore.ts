// View state only (DESIGN.md): filters, open dialog, language, toasts, undo stack. Never a copy of
// content: items live in Dexie and are read with live queries.
import { create } from 'zustand';
import { EMPTY_FILTER, type BoardFilter } from '../domain/board';

export type LanguageCode = 'de' | 'en';

const LANGUAGE_KEY = 'redaktionsplan.language';

function initialLanguage(): LanguageCode {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

export interface UndoEntry {
  /** Shown in the toast, already translated. */
  message: string;
  undo: () => Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  undo?: UndoEntry;
}

interface ViewState {
  language: LanguageCode;
  setLanguage: (language: LanguageCode) => void;
  filter: BoardFilter;
  setFilter: (patch: Partial<BoardFilter>) => void;
  resetFilter: () => void;
  /** The item open in the editor dialog; 'new:<column>' while creating one. */
  editing: string | null;
  openEditor: (idOrNew: string) => void;
  closeEditor: () => void;
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
  undoStack: UndoEntry[];
  pushUndo: (entry: UndoEntry) => void;
  popUndo: () => UndoEntry | undefined;
}

let toastCounter = 0;

export const useViewStore = create<ViewState>()((set, get) => ({
  language: initialLanguage(),
  setLanguage: (language) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
    document.documentElement.lang = language;
    set({ language });
  },
  filter: EMPTY_FILTER,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  resetFilter: () => set({ filter: EMPTY_FILTER }),
  editing: null,
  openEditor: (editing) => set({ editing }),
  closeEditor: () => set({ editing: null }),
  toasts: [],
  showToast: (toast) => {
    const id = ++toastCounter;
    set((s) => ({ toasts: [...s.toasts.slice(-2), { ...toast, id }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  undoStack: [],
  pushUndo: (entry) => set((s) => ({ undoStack: [...s.undoStack.slice(-49), entry] })),
  popUndo: () => {
    const stack = get().undoStack;
    const entry = stack.at(-1);
    if (entry) set({ undoStack: stack.slice(0, -1) });
    return entry;
  },
}));
