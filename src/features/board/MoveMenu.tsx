// "Verschieben nach…": the no-drag way to move a card (WCAG 2.2 SC 2.5.7). A menu button with the
// other columns as menu items; arrow keys, Home/End and Escape as in the ARIA menu-button pattern.
// The menu is portalled to <body> with fixed coordinates: inside the card it would be clipped by the
// column's scroll box (and `position: fixed` is captured by the card's transform). It goes into the
// card's <main> landmark, so it stays inside a landmark for screen-reader navigation.
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { COLUMN_IDS, type ColumnId } from '../../domain/columns';
import { useT } from '../../i18n';

interface Props {
  current: ColumnId;
  title: string;
  onMove: (column: ColumnId) => void;
  /** Owned by the card, which focuses the button after a move. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The card's single tab stop may be elsewhere (BoardCard). */
  tabIndex?: number;
}

const GAP = 4;
const EDGE = 4;

/**
 * Where the open menu goes: below its button if it fits, else beside the card, else over the card's
 * lower part under its title. A card too low on a phone for any of these is first scrolled to the
 * middle of the screen. Opening above the button (as it did) covered the very title that says which
 * card is being moved; above the card, it looked like the menu of the card before.
 */
function placeMenu(menu: HTMLElement, anchor: HTMLElement, mayScroll = true): void {
  const b = anchor.getBoundingClientRect();
  const card = anchor.closest('li') ?? anchor;
  const c = card.getBoundingClientRect();
  const title = card.querySelector('.card-title')?.getBoundingClientRect() ?? c;
  const w = menu.offsetWidth;
  const h = menu.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, vw - w - EDGE));
  const clampY = (y: number) => Math.max(EDGE, Math.min(y, vh - h - EDGE));
  const fitsY = (top: number) => top >= EDGE && top + h <= vh - EDGE;
  let top: number;
  let left: number;
  if (fitsY(b.bottom + GAP)) {
    top = b.bottom + GAP;
    left = clampX(b.right - w);
  } else if (c.right + GAP + w <= vw - EDGE) {
    // Beside the card, its bottom level with the button: it grows upwards next to the card.
    left = c.right + GAP;
    top = clampY(b.bottom - h);
  } else if (c.left - GAP - w >= EDGE) {
    left = c.left - GAP - w;
    top = clampY(b.bottom - h);
  } else if (fitsY(title.bottom + GAP)) {
    // A phone: no room beside the card. As low as the screen allows, never above the title's end.
    top = Math.max(title.bottom + GAP, clampY(b.bottom + GAP));
    left = clampX(b.right - w);
  } else if (mayScroll) {
    anchor.scrollIntoView({ block: 'center', inline: 'nearest' });
    placeMenu(menu, anchor, false);
    return;
  } else {
    top = fitsY(c.top - GAP - h) ? c.top - GAP - h : clampY(b.bottom + GAP);
    left = clampX(b.right - w);
  }
  menu.style.top = `${Math.round(top)}px`;
  menu.style.left = `${Math.round(left)}px`;
  menu.style.visibility = '';
}

/** Until placed (measured first), the menu takes no room and is not seen. */
const UNPLACED: CSSProperties = { position: 'fixed', top: 0, left: 0, visibility: 'hidden' };

export const MoveMenu = memo(function MoveMenu({
  current,
  title,
  onMove,
  buttonRef: button,
  tabIndex,
}: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const menu = useRef<HTMLDivElement | null>(null);
  /** Where the button was when the menu was placed. */
  const placedAt = useRef<number | null>(null);
  const targets = COLUMN_IDS.filter((id) => id !== current);

  // Placed as it mounts, before its first paint, from its measured size (a ref, not an effect on
  // every card).
  const menuRef = useCallback(
    (node: HTMLDivElement | null) => {
      menu.current = node;
      if (!node || !button.current) return;
      placeMenu(node, button.current);
      placedAt.current = button.current.getBoundingClientRect().top;
    },
    [button],
  );

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // A scrolled column would leave the fixed menu floating away from its card. The scroll that
    // placing the menu made itself arrives here later, and moved nothing since.
    const closeOnScroll = (event: Event) => {
      if (menu.current?.contains(event.target as Node)) return;
      if (button.current?.getBoundingClientRect().top !== placedAt.current) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    window.addEventListener('scroll', closeOnScroll, true);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      window.removeEventListener('scroll', closeOnScroll, true);
    };
  }, [open, button]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="move-menu"
      onMouseDown={(e) => e.stopPropagation()}
      onTouchStart={(e) => e.stopPropagation()}
    >
      <button
        type="button"
        className="move-button"
        ref={button}
        tabIndex={tabIndex}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            event.stopPropagation();
            setOpen(true);
          }
        }}
      >
        {t.board.card.moveTo}
      </button>
      {open &&
        createPortal(
          <div
            role="menu"
            id={menuId}
            ref={menuRef}
            className="move-menu-list"
            style={UNPLACED}
            aria-label={t.board.card.moveMenu(title)}
            onKeyDown={onMenuKey}
          >
            {targets.map((id) => (
              <button
                key={id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(false);
                  onMove(id);
                }}
              >
                {t.columns[id]}
              </button>
            ))}
          </div>,
          button.current?.closest('main') ?? document.body,
        )}
    </div>
  );
});
