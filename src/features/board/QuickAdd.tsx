// Quick-add at a column's foot: type a title, press Enter, the card lands at the end of the column.
// Beside it the column's own way into the full editor, for a new item that starts in this column.
import { useId, useState, type FormEvent } from 'react';
import type { ColumnId } from '../../domain/columns';
import { useT } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { createItem } from '../../storage/items/itemCommands';
import { reportError } from '../../ui/reportError';

export function QuickAdd({ column, onCreated }: { column: ColumnId; onCreated: (id: string) => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [empty, setEmpty] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    try {
      const id = await createItem({ title, column });
      setTitle('');
      onCreated(id);
    } catch (error) {
      // The typed title stays in the field.
      reportError(error);
    }
  };

  return (
    <form className="quick-add" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={inputId}>
        {t.board.quickAddLabel(t.columns[column])}
      </label>
      <div className="quick-add-row">
        <input
          id={inputId}
          type="text"
          value={title}
          placeholder={t.board.quickAddPlaceholder}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? errorId : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            if (empty && e.target.value.trim() !== '') setEmpty(false);
          }}
        />
        <button type="submit">{t.actions.add}</button>
        <button
          type="button"
          aria-label={t.board.newWithDetailsIn(t.columns[column])}
          onClick={() => useViewStore.getState().openEditor(`new:${column}`)}
        >
          {t.board.newWithDetails}
        </button>
      </div>
      {empty && (
        <p id={errorId} className="field-error" role="alert">
          {t.board.quickAddEmpty}
        </p>
      )}
    </form>
  );
}
