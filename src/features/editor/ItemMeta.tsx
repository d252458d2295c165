// When the item was created and last changed, and where it is: read from the live row, so it
// stays current while the dialog is open.
import { format } from 'date-fns';
import { de } from 'date-fns/locale';
import type { Item } from '../../domain/types';
import { useEditorT } from './useEditorT';

const STAMP_FORMAT = 'dd.MM.yyyy, HH:mm';

export function ItemMeta({ item }: { item: Item }) {
  const t = useEditorT();
  const when = (millis: number) => format(millis, STAMP_FORMAT, { locale: de });
  return (
    <ul className="editor-meta">
      <li>{t.editor.inColumn(t.columns[item.column])}</li>
      {item.archived && <li>{t.editor.archivedNote}</li>}
      <li>{t.editor.created(when(item.createdAt))}</li>
      <li>{t.editor.changed(when(item.updatedAt))}</li>
    </ul>
  );
}
