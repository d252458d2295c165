// View state of the Kalender (zustand, like the board's dragStore): which week or month is shown, the
// drag in progress, the date dialog, and a pending focus move. Never a copy of items. Kept while she
// switches to the Board and back within a visit.
import { create } from 'zustand';
import { expiringFocusRequest } from '../../state/expiringFocusRequest';
import type { CalendarMode } from '../../domain/calendar';
import type { Item } from '../../domain/types';

export interface CalendarFocusRequest {
  id: string;
  /** The day the item is wanted on: its old copy, still shown until the live query catches up, ignores it. */
  day: string;
  part: 'handle' | 'date';
}

/** Shown when "Datum ändern" took an item out of the shown days; `day` is where it went. */
export interface CalendarNotice {
  text: string;
  day: string;
}

interface CalendarState {
  mode: CalendarMode;
  /** Any day of the shown week or month; null = the week or month of today. */
  anchor: string | null;
  setMode: (mode: CalendarMode) => void;
  setAnchor: (anchor: string | null) => void;
  /** The item being dragged (pointer or keyboard). */
  active: Item | null;
  /** The day under the dragged item, highlighted as the drop target. */
  overDay: string | null;
  /** Keyboard drags steer by day rather than by pointer position. */
  keyboard: boolean;
  /** The day a keyboard drag aims at; null until an undated (tray) item is first moved onto a day. */
  keyboardDay: string | null;
  startDrag: (item: Item, keyboard: boolean) => void;
  setOverDay: (day: string | null) => void;
  /** A dated item is over the tray "Ohne Datum" (dropping removes its date). */
  dropOnTray: boolean;
  setDropOnTray: (over: boolean) => void;
  setKeyboardDay: (day: string) => void;
  endDrag: () => void;
  /** The item whose "Datum ändern" dialog is open. */
  dateDialogFor: Item | null;
  openDateDialog: (item: Item | null) => void;
  focusRequest: CalendarFocusRequest | null;
  requestFocus: (request: CalendarFocusRequest | null) => void;
  notice: CalendarNotice | null;
  setNotice: (notice: CalendarNotice | null) => void;
}

export const useCalendarStore = create<CalendarState>()((set, get) => ({
  mode: 'week',
  anchor: null,
  setMode: (mode) => set({ mode }),
  setAnchor: (anchor) => set({ anchor, notice: null }),
  active: null,
  overDay: null,
  keyboard: false,
  keyboardDay: null,
  startDrag: (active, keyboard) =>
    set({ active, keyboard, keyboardDay: keyboard ? active.publishDate : null, overDay: active.publishDate }),
  setOverDay: (overDay) => {
    if (get().overDay !== overDay) set({ overDay });
  },
  dropOnTray: false,
  setDropOnTray: (over) => {
    if (get().dropOnTray !== over) set({ dropOnTray: over });
  },
  setKeyboardDay: (day) => set({ keyboardDay: day, overDay: day }),
  endDrag: () => set({ active: null, overDay: null, keyboard: false, keyboardDay: null, dropOnTray: false }),
  dateDialogFor: null,
  openDateDialog: (dateDialogFor) => set({ dateDialogFor }),
  notice: null,
  setNotice: (notice) => set({ notice }),
  focusRequest: null,
  requestFocus: expiringFocusRequest(set, get),
}));
