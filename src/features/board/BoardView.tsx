import { COLUMN_IDS } from '../../domain/columns';
import { useT } from '../../i18n';

// Placeholder: replaced by the real board (columns, cards, drag and drop).
export function BoardView() {
  const t = useT();
  return (
    <div className="board">
      {COLUMN_IDS.map((id) => (
        <section key={id} aria-label={t.columns[id]}>
          <h2>{t.columns[id]}</h2>
        </section>
      ))}
    </div>
  );
}
