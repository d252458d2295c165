// "Verschieben nach…": the no-drag way to move a card (WCAG 2.2 SC 2.5.7). A menu button with the
// other columns as menu items; arrow keys, Home/End and Escape as in the ARIA menu-button pattern.
// The menu is portalled to <body> with fixed coordinates: inside the card it would be clipped by the
// column's scroll box (and `position: fixed` is captured by the card's transform). It goes into the
// card's <main> landmark, so it stays inside a landmark for screen-reader navigation.
import {
  memo,
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
}

const MENU_HEIGHT_GUESS = 170;

function menuPosition(anchor: HTMLElement): CSSProperties {
  const rect = anchor.getBoundingClientRect();
  const right = Math.max(4, window.innerWidth - rect.right);
  return rect.bottom + MENU_HEIGHT_GUESS < window.innerHeight
    ? { position: 'fixed', top: rect.bottom + 4, right }
    : { position: 'fixed', bottom: window.innerHeight - rect.top + 4, right };
}

export const MoveMenu = memo(function MoveMenu({ current, title, onMove, buttonRef: button }: Props) {
  const t = useT();
  const [position, setPosition] = useState<CSSProperties | null>(null);
  const open = position !== null;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) => {
    const wanted = typeof next === 'function' ? next(open) : next;
    setPosition(wanted && button.current ? menuPosition(button.current) : null);
  };
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const targets = COLUMN_IDS.filter((id) => id !== current);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setPosition(null);
    };
    // A scrolled column would leave the fixed menu floating away from its card.
    const closeOnScroll = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) setPosition(null);
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
      {position &&
        createPortal(
          <div
            role="menu"
            id={menuId}
            ref={menu}
            className="move-menu-list"
            style={position}
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
