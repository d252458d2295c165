// The board: five workflow columns of cards read live from IndexedDB (one query per column), filtered
// and sorted in memory.
// Filtering runs on a deferred copy of the filter on very large boards, so typing stays responsive
// there (useBoardColumns).
import { useId, useMemo, useState } from 'react';
import { COLUMN_IDS } from '../../domain/columns';
import { isoDay } from '../../domain/dates';
import { useT } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { useChannels, useMembers } from '../../storage/settings/settingsQueries';
import { BoardFileActions } from '../boardfile/BoardFileActions';
import { CARD_KEYS_HINT_ID } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { BoardDnd } from './BoardDnd';
import { BoardToolbar } from './BoardToolbar';
import type { CardLookups } from './CardBody';
import { EmptyBoard } from './EmptyBoard';
import { BOARD_ID } from './SkipToBoard';
import { useBoardColumns } from './useBoardColumns';

export function BoardView() {
  const t = useT();
  const channels = useChannels();
  const members = useMembers();
  const filter = useViewStore((s) => s.filter);
  // Due states are relative to the day the board was opened; a reload the next morning refreshes them.
  const [today] = useState(() => isoDay(new Date()));
  // On a phone the filters and file actions fill the first screen: they fold behind one button there
  // (CSS decides when), so the first card shows without scrolling.
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();

  const { columns, total, complete, completeColumns, writing } = useBoardColumns(filter);
  const visibleCount = useMemo(
    () => (columns ? COLUMN_IDS.reduce((n, id) => n + columns[id].length, 0) : 0),
    [columns],
  );
  const lookups = useMemo<CardLookups>(
    () => ({
      channelsById: new Map((channels ?? []).map((c) => [c.id, c])),
      membersById: new Map((members ?? []).map((m) => [m.id, m])),
      today,
    }),
    [channels, members, today],
  );

  if (columns === undefined) return <p>{t.loading}</p>;

  return (
    <div className="board-view">
      <h1 className="visually-hidden">{t.nav.board}</h1>
      {/* An empty board folds nothing: importing a colleague's file is one of its two ways to start. */}
      <div
        className={total === 0 ? 'board-top' : `board-top board-top-foldable${toolsOpen ? ' is-open' : ''}`}
      >
        {total === 0 ? (
          <EmptyBoard />
        ) : (
          <BoardToolbar
            visibleCount={complete ? visibleCount : null}
            channels={channels ?? []}
            members={members ?? []}
            tools={{ open: toolsOpen, toggle: () => setToolsOpen((o) => !o), id: toolsId }}
          />
        )}
        {/* Mounted once, whether the board is empty or not: a file being imported survives the switch. */}
        <div className="board-file-actions" id={`${toolsId}-files`}>
          <BoardFileActions />
        </div>
      </div>
      <BoardDnd columns={columns} lookups={lookups}>
        {/* Busy while some column shows only its first screen (screen readers wait; so does the bench). */}
        {/* The skip link's target; it focuses the first card when there is one. */}
        <div className="board" id={BOARD_ID} tabIndex={-1} aria-busy={!complete || writing}>
          {COLUMN_IDS.map((id) => (
            <BoardColumn
              key={id}
              column={id}
              items={columns[id]}
              counted={completeColumns[id]}
              lookups={lookups}
            />
          ))}
        </div>
      </BoardDnd>
      <span id={CARD_KEYS_HINT_ID} hidden>
        {t.board.cardKeysHint}
      </span>
    </div>
  );
}
