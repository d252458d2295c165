// "Verschieben nach…": the no-drag way to move a card (WCAG 2.2 SC 2.5.7). A menu button with the
// other columns as menu items; arrow keys, Home/End and Escape as in the ARIA menu-button pattern.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COLUMN_IDS, type ColumnId } from '../../domain/columns';
import { useT } from '../../i18n';

interface Props {
  current: ColumnId;
  title: string;
  onMove: (column: ColumnId) => void;
  buttonRef?: (node: HTMLButtonElement | null) => void;
}

export function MoveMenu({ current, title, onMove, buttonRef }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const targets = COLUMN_IDS.filter((id) => id !== current);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

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
        ref={(node) => {
          button.current = node;
          buttonRef?.(node);
        }}
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
      {open && (
        <div
          role="menu"
          id={menuId}
          ref={menu}
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
        </div>
      )}
    </div>
  );
}
