// Board actions that write: each goes through a storage command, reports failures, and can be undone.
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { messagesFor } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { moveItemToColumn, placeItem } from '../../storage/itemCommands';
import { moveItemOffThread } from '../../storage/moveOffThread';
import { cardTitle } from './CardBody';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';

function pushMoveUndo(item: Item, column: ColumnId, toast: boolean): void {
  const t = messagesFor(useViewStore.getState().language);
  // The exact old place, not "somewhere between the old neighbours".
  offerUndo(
    t.board.moved(cardTitle(item), t.columns[column]),
    () => placeItem(item.id, item.column, item.rank),
    {
      toast,
    },
  );
}

/** The "Verschieben nach…" menu: top of the chosen column, confirmed in a toast with undo. */
export async function moveCardToColumn(item: Item, column: ColumnId): Promise<boolean> {
  try {
    await moveItemToColumn(item.id, column);
    pushMoveUndo(item, column, true);
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/**
 * A drop: one card written between its new neighbours; Ctrl+Z puts it back. False when the move was
 * refused or failed (the card stays where it was).
 */
export async function dropCard(
  item: Item,
  column: ColumnId,
  before: string | null,
  after: string | null,
): Promise<boolean> {
  try {
    await moveItemOffThread(item.id, column, before, after);
    pushMoveUndo(item, column, false);
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}
