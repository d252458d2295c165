// `Neuer Beitrag`: opens the editor for a new item in Idee (on the toolbar and on the empty board).
import { useT } from '../../i18n';
import { useViewStore } from '../../state/viewStore';

export function NewItemButton() {
  const t = useT();
  return (
    <button type="button" className="primary" onClick={() => useViewStore.getState().openEditor('new:idee')}>
      {t.board.newItem}
    </button>
  );
}
