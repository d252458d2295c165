// Board actions that write: each goes through the one move command, reports failures, and can be undone.
import type { ColumnId } from '../../domain/columns';
import type { Place } from '../../domain/pendingMoves';
import type { Item } from '../../domain/types';
import { messagesFor } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { moveItem, type MoveTarget } from '../../storage/items/itemCommands';
import { cardTitle } from './CardBody';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';

/**
 * Moves `item` to `to`; Ctrl+Z (and the toast's button, when `toast`) puts it back at its exact old
 * place. False when the move was refused or failed: the card stays where it was, a message says why.
 */
async function moveWithUndo(item: Item, to: MoveTarget, toast: boolean): Promise<boolean> {
  try {
    await moveItem(item.id, to);
  } catch (error) {
    reportError(error);
    return false;
  }
  const t = messagesFor(useViewStore.getState().language);
  offerUndo(
    t.board.moved(cardTitle(item), t.columns[to.column]),
    () => moveItem(item.id, { column: item.column, rank: item.rank }),
    { toast },
  );
  return true;
}

/** The "Verschieben nach…" menu: top of the chosen column, confirmed in a toast with undo. */
export const moveCardToColumn = (item: Item, column: ColumnId): Promise<boolean> =>
  moveWithUndo(item, { column, at: 'top' }, true);

/** A drop: the card written at the rank the board shows it at. */
export const dropCard = (item: Item, to: Place): Promise<boolean> => moveWithUndo(item, to, false);
