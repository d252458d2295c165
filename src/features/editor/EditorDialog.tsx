// Loads what the editor needs (the item, channels, members) and opens the form once everything is
// there. The item as it was at that moment is the form's starting point; later changes to the row
// (another tab, a merge) only update the read-only parts, never what she is typing.
import { useId, useState } from 'react';
import { isColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { useEditorT } from './useEditorT';
import { useViewStore } from '../../state/viewStore';
import { useItem } from '../../storage/items/itemQueries';
import { useChannels, useMembers } from '../../storage/settings/settingsQueries';
import { EditorForm } from './EditorForm';
import { ModalDialog } from '../../ui/ModalDialog';
import './editor.css';

const NEW_PREFIX = 'new:';

export default function EditorDialog({ target }: { target: string }) {
  const isNew = target.startsWith(NEW_PREFIX);
  const live = useItem(isNew ? null : target);
  const channels = useChannels();
  const members = useMembers();
  const [opened, setOpened] = useState<Item | null>(null);
  // Remember the row as first seen (state set during render: React re-renders before painting).
  if (!isNew && opened === null && live) setOpened(live);

  if (channels === undefined || members === undefined) return null;
  if (isNew) {
    const column = target.slice(NEW_PREFIX.length);
    return (
      <EditorForm
        target={{ kind: 'new', column: isColumnId(column) ? column : 'idee' }}
        live={null}
        channels={channels}
        members={members}
      />
    );
  }
  if (live === undefined) return null;
  if (opened === null && live === null) return <NotFoundDialog />;
  if (opened === null) return null;
  return (
    <EditorForm
      target={{ kind: 'edit', id: target, opened }}
      live={live}
      channels={channels}
      members={members}
    />
  );
}

function NotFoundDialog() {
  const t = useEditorT();
  const headingId = useId();
  const close = () => useViewStore.getState().closeEditor();
  return (
    <ModalDialog className="editor-dialog editor-dialog-small" labelledBy={headingId} onCloseRequest={close}>
      <div className="editor-form">
        <header className="editor-header">
          <h2 id={headingId}>{t.editor.headingEdit}</h2>
        </header>
        <div className="editor-body">
          <p className="editor-alert" role="alert">
            {t.editor.notFound}
          </p>
        </div>
        <footer className="editor-footer">
          <div className="editor-buttons-end editor-inline">
            <button type="button" onClick={close}>
              {t.actions.close}
            </button>
          </div>
        </footer>
      </div>
    </ModalDialog>
  );
}
