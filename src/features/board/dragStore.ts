// View state of a drag in progress (zustand, like viewStore): which card, over which column and slot,
// and the drops whose writes the live queries have not shown yet. Never a copy of items. Kept apart from viewStore so the board's per-move updates only wake the
// two columns whose drop line changes (components select narrow slices).
import { create } from 'zustand';
import { expiringFocusRequest } from '../../state/expiringFocusRequest';
import type { ColumnId } from '../../domain/columns';
import type { DropTarget } from '../../domain/dragSlots';
import type { PendingMove } from '../../domain/pendingMoves';

export interface FocusRequest {
  id: string;
  /** The column the card is wanted in: its old copy, still shown until the live query catches up, ignores it. */
  column: ColumnId;
  /** After a drop, the rank it lands with: until the live query shows it there, its old place is ignored. */
  rank?: string;
  part: 'handle' | 'menu';
}

/** Whether `item`, as currently shown, is where a focus request wants it. */
export function isFocusTarget(
  request: FocusRequest | null,
  item: { id: string; column: ColumnId; rank: string },
) {
  return (
    request !== null &&
    request.id === item.id &&
    request.column === item.column &&
    (request.rank === undefined || request.rank === item.rank)
  );
}

interface DragState {
  activeId: string | null;
  sourceColumn: ColumnId | null;
  /** Index of the dragged card in its column as displayed. */
  draggedIndex: number;
  overColumn: ColumnId | null;
  /** Slot in overColumn's displayed list where the drop line is drawn. */
  slot: number;
  /** Keyboard drags steer by target, not by pointer position. */
  keyboardTarget: DropTarget | null;
  /** A card to focus once it (re)appears, e.g. after a keyboard drop moved it to another column. */
  focusRequest: FocusRequest | null;
  /** Drops shown in their new place until the live columns show them (domain/pendingMoves.ts). */
  pending: readonly PendingMove[];
  start: (activeId: string, sourceColumn: ColumnId, draggedIndex: number, keyboard: boolean) => void;
  setOver: (column: ColumnId | null, slot: number) => void;
  setKeyboardTarget: (target: DropTarget, slot: number) => void;
  end: () => void;
  /** Ends the drag and shows `move` at once (one update, so the board renders the drop once). */
  endWithMove: (move: PendingMove) => void;
  /** The move's write committed. */
  committed: (id: string) => void;
  /** Stops showing these pending moves (the live columns caught up, or the write was refused). */
  settle: (ids: readonly string[]) => void;
  requestFocus: (request: FocusRequest | null) => void;
}

const NO_DRAG = {
  activeId: null,
  sourceColumn: null,
  draggedIndex: -1,
  overColumn: null,
  slot: -1,
  keyboardTarget: null,
} as const;

export const useDragStore = create<DragState>()((set, get) => ({
  ...NO_DRAG,
  focusRequest: null,
  pending: [],
  start: (activeId, sourceColumn, draggedIndex, keyboard) =>
    set({
      activeId,
      sourceColumn,
      draggedIndex,
      overColumn: sourceColumn,
      slot: draggedIndex,
      keyboardTarget: keyboard ? { column: sourceColumn, index: draggedIndex } : null,
    }),
  setOver: (column, slot) => {
    const s = get();
    if (s.overColumn !== column || s.slot !== slot) set({ overColumn: column, slot });
  },
  setKeyboardTarget: (target, slot) => set({ keyboardTarget: target, overColumn: target.column, slot }),
  end: () => set(NO_DRAG),
  endWithMove: (move) =>
    set({ ...NO_DRAG, pending: [...get().pending.filter((p) => p.id !== move.id), move] }),
  committed: (id) =>
    set({ pending: get().pending.map((p) => (p.id === id ? { ...p, committed: true } : p)) }),
  settle: (ids) => {
    const pending = get().pending.filter((p) => !ids.includes(p.id));
    if (pending.length !== get().pending.length) set({ pending });
  },
  requestFocus: expiringFocusRequest(set, get),
}));
