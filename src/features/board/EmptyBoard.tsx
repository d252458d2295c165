// A board with no items at all: say what to do, offer the first item and demo data.
import { useState } from 'react';
import { useT } from '../../i18n';
import { NewItemButton } from './NewItemButton';
import { useViewStore } from '../../state/viewStore';
import { reportError } from '../../ui/reportError';

export function EmptyBoard() {
  const t = useT();
  const [loading, setLoading] = useState(false);
  const loadDemo = async () => {
    setLoading(true);
    try {
      // Loaded on demand: the demo content is not part of the board's first download.
      const { loadDemoData } = await import('../../storage/settings/demoData');
      const count = await loadDemoData();
      useViewStore.getState().showToast({ kind: 'info', message: t.board.demoLoaded(count) });
    } catch (error) {
      reportError(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="board-empty">
      <h2>{t.board.emptyTitle}</h2>
      <p>{t.board.emptyHint}</p>
      <div className="board-empty-actions">
        <NewItemButton />
        <button type="button" onClick={() => void loadDemo()} disabled={loading}>
          {t.board.loadDemo}
        </button>
      </div>
    </div>
  );
}
