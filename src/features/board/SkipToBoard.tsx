// `Zum Board springen`: the first tab stop on the board view, seen only when focused. Past the
// header and the toolbar straight to the first card (or to the board, when it has none).
import type { MouseEvent } from 'react';
import { useT } from '../../i18n';

export const BOARD_ID = 'board';

function jumpToBoard(event: MouseEvent<HTMLAnchorElement>) {
  const board = document.getElementById(BOARD_ID);
  if (!board) return;
  // Focus moves by hand: following the href would only change the hash (and scroll).
  event.preventDefault();
  const firstCard = board.querySelector<HTMLElement>('.card-list [tabindex="0"]');
  (firstCard ?? board).focus();
}

export function SkipToBoard() {
  const t = useT();
  return (
    // An in-page target, as assistive technology and axe know skip links by; the hash router reads
    // `#board` as the board's route, too.
    <a className="skip-link" href={`#${BOARD_ID}`} onClick={jumpToBoard}>
      {t.board.skipToBoard}
    </a>
  );
}
