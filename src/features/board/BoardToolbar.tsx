// Above the board: new item, filters (view state in viewStore.filter), the live count, archiving.
import { useEffect, useId, useRef } from 'react';
import { isFilterActive } from '../../domain/board';
import type { Channel, Member } from '../../domain/types';
import { useT } from '../../i18n';
import { NewItemButton } from './NewItemButton';
import { useViewStore } from '../../state/viewStore';
import { archivePublishedItems, unarchiveItems } from '../../storage/items/itemCommands';
import { offerUndo } from '../../ui/offerUndo';
import { reportError } from '../../ui/reportError';

interface Props {
  /** Null while the board shows only its columns' first screens: a count then would be far too low. */
  visibleCount: number | null;
  channels: readonly Channel[];
  members: readonly Member[];
  /** The button that folds filters and file actions on a phone (BoardView owns the state). */
  tools: { open: boolean; toggle: () => void; id: string };
}

async function archivePublishedWithUndo(t: ReturnType<typeof useT>) {
  try {
    const ids = await archivePublishedItems();
    if (ids.length === 0) {
      useViewStore.getState().showToast({ kind: 'info', message: t.board.nothingToArchive });
      return;
    }
    offerUndo(t.board.archivedCount(ids.length), () => unarchiveItems(ids));
  } catch (error) {
    reportError(error);
  }
}

/** The channel checklist floats over the board: close it on a click elsewhere or Escape, like a popup. */
function useClosingDisclosure() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      const details = ref.current;
      if (event.key !== 'Escape' || !details?.open || !details.contains(event.target as Node)) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return ref;
}

export function BoardToolbar({ visibleCount, channels, members, tools }: Props) {
  const t = useT();
  const filter = useViewStore((s) => s.filter);
  const setFilter = useViewStore((s) => s.setFilter);
  const resetFilter = useViewStore((s) => s.resetFilter);
  const searchId = useId();
  const memberId = useId();

  const toggleChannel = (id: string, on: boolean) =>
    setFilter({ channelIds: on ? [...filter.channelIds, id] : filter.channelIds.filter((c) => c !== id) });
  const selectedChannels = filter.channelIds.length;
  const channelDetails = useClosingDisclosure();

  return (
    <div className="board-toolbar">
      <NewItemButton />
      {/* Shown on narrow screens only (styles.css). A filter set behind it says so on the button. */}
      <button
        type="button"
        className="board-tools-toggle"
        aria-expanded={tools.open}
        aria-controls={`${tools.id}-filters ${tools.id}-files`}
        onClick={tools.toggle}
      >
        {t.board.toolsToggle}
        {isFilterActive(filter) ? ` ${t.board.toolsActive}` : ''}
      </button>
      <div role="search" className="board-filters" id={`${tools.id}-filters`}>
        <div className="filter-field">
          <label htmlFor={searchId}>{t.board.search}</label>
          <input
            id={searchId}
            type="search"
            value={filter.text}
            placeholder={t.board.searchPlaceholder}
            onChange={(e) => setFilter({ text: e.target.value })}
          />
        </div>
        <details className="channel-filter" ref={channelDetails}>
          <summary>
            {t.board.channelFilter}
            {selectedChannels > 0 ? ` (${selectedChannels})` : ''}
          </summary>
          <fieldset>
            <legend>{t.board.channelFilterLegend}</legend>
            {channels.map((channel) => (
              <label key={channel.id} className="check">
                <input
                  type="checkbox"
                  checked={filter.channelIds.includes(channel.id)}
                  onChange={(e) => toggleChannel(channel.id, e.target.checked)}
                />
                <span className="channel-swatch" style={{ background: channel.color }} aria-hidden="true" />
                {channel.name}
                {channel.retired ? ` ${t.board.retiredChannel}` : ''}
              </label>
            ))}
          </fieldset>
        </details>
        <div className="filter-field">
          <label htmlFor={memberId}>{t.board.memberFilter}</label>
          <select
            id={memberId}
            value={filter.assigneeId ?? ''}
            onChange={(e) => setFilter({ assigneeId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t.board.memberAll}</option>
            <option value="none">{t.board.memberNone}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.urgentOnly}
            onChange={(e) => setFilter({ urgentOnly: e.target.checked })}
          />
          {t.board.urgentOnly}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.showArchived}
            onChange={(e) => setFilter({ showArchived: e.target.checked })}
          />
          {t.board.showArchived}
        </label>
        <button type="button" onClick={resetFilter} disabled={!isFilterActive(filter)}>
          {t.board.resetFilter}
        </button>
      </div>
      <p role="status" className="board-count">
        {visibleCount === null ? t.board.itemCountLoading : t.board.itemCount(visibleCount)}
      </p>
      <button type="button" className="archive-button" onClick={() => void archivePublishedWithUndo(t)}>
        {t.board.archivePublished}
      </button>
    </div>
  );
}
