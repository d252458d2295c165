// One card in a virtualised column. The list item opens the editor (click, Enter) and starts pointer
// drags anywhere on it; the grip button is the keyboard drag handle (the only button named by the title);
// "Verschieben nach…" moves without dragging. The card is one tab stop (roving tabindex): ArrowRight
// and ArrowLeft walk card, handle and menu button, and the stop stays on the part focused last — three
// stops per card made a column of cards three times as long to tab through. Memoised: a drag or a
// filter change re-renders only the cards whose props changed.
import { useDraggable } from '@dnd-kit/core';
import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type MouseEventHandler,
  type TouchEventHandler,
} from 'react';
import type { ColumnId } from '../../domain/columns';
import type { Item } from '../../domain/types';
import { useT } from '../../i18n';
import { useViewStore } from '../../state/viewStore';
import { moveCardToColumn } from './boardActions';
import { CardBody, cardTitle, type CardLookups } from './CardBody';
import { isFocusTarget, useDragStore } from './dragStore';
import { DragHandle } from './DragHandle';
import { MoveMenu } from './MoveMenu';

interface Props {
  item: Item;
  lookups: CardLookups;
  index: number;
  setSize: number;
  /** Also positions the card: the column's virtualiser writes its transform (BoardColumn). */
  measure: (node: HTMLLIElement | null) => void;
}

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** Files dropped onto a card are attached to it; the attach code loads on first use. */
function attachDropped(item: Item, title: string, files: File[]) {
  void import('./cardAttachments').then((m) => m.attachDroppedFiles(item.id, title, files));
}

/** The parts of a card that take the tab stop in turn, left to right. */
type Part = 'card' | 'handle' | 'menu';
const PARTS: readonly Part[] = ['card', 'handle', 'menu'];

/** Read by every card's aria-describedby; rendered once by the board (BoardView). */
export const CARD_KEYS_HINT_ID = 'board-card-keys';

const isInsideControl = (target: EventTarget) =>
  target instanceof Element && target.closest('button, [role="menu"], a, input, select, textarea') !== null;

export const BoardCard = memo(function BoardCard({ item, lookups, index, setSize, measure }: Props) {
  const t = useT();
  const title = cardTitle(item);
  const titleId = `card-title-${item.id}`;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.id,
    data: { item },
    attributes: { roleDescription: t.board.dnd.roleDescription },
  });
  const handle = useRef<HTMLButtonElement | null>(null);
  const menuButton = useRef<HTMLButtonElement | null>(null);
  const liNode = useRef<HTMLLIElement | null>(null);
  const [stop, setStop] = useState<Part>('card');
  const nodeOf = (part: Part) =>
    part === 'card' ? liNode.current : part === 'handle' ? handle.current : menuButton.current;
  const partOf = (target: EventTarget): Part | null => PARTS.find((part) => nodeOf(part) === target) ?? null;
  const [fileOver, setFileOver] = useState(false);
  const focusPart = useDragStore((s) => (isFocusTarget(s.focusRequest, item) ? s.focusRequest!.part : null));

  useEffect(() => {
    if (!focusPart) return;
    (focusPart === 'menu' ? menuButton.current : handle.current)?.focus();
    useDragStore.getState().requestFocus(null);
  }, [focusPart]);

  const liRef = useCallback(
    (node: HTMLLIElement | null) => {
      liNode.current = node;
      setNodeRef(node);
      measure(node);
    },
    [setNodeRef, measure],
  );

  const open = (event: MouseEvent<HTMLLIElement>) => {
    if (isInsideControl(event.target)) return;
    useViewStore.getState().openEditor(item.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      useViewStore.getState().openEditor(item.id);
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    // During a keyboard drag the arrows steer the card (dnd-kit's sensor), not the focus. Keys from
    // the open menu (portalled, but bubbling through React) are not the card's either.
    const part = partOf(event.target);
    if (part === null || isDragging || useDragStore.getState().activeId !== null) return;
    const at = PARTS.indexOf(part) + (event.key === 'ArrowRight' ? 1 : -1);
    const next = PARTS[Math.max(0, Math.min(PARTS.length - 1, at))]!;
    event.preventDefault();
    nodeOf(next)?.focus();
  };
  // Focus that arrives another way (a click, the focus after a drop) moves the tab stop along.
  const onFocus = (event: FocusEvent<HTMLLIElement>) => {
    const part = partOf(event.target);
    if (part !== null && part !== stop) setStop(part);
  };
  const onMove = useCallback(
    async (column: ColumnId) => {
      if (await moveCardToColumn(item, column))
        useDragStore.getState().requestFocus({ id: item.id, column, part: 'menu' });
    },
    [item],
  );

  const className = [
    'card',
    item.urgent && 'card-urgent',
    item.archived && 'card-archived',
    isDragging && 'card-dragging',
    fileOver && 'card-file-drop',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      ref={liRef}
      data-index={index}
      className={className}
      tabIndex={stop === 'card' ? 0 : -1}
      aria-labelledby={titleId}
      aria-describedby={CARD_KEYS_HINT_ID}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      onClick={open}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onMouseDown={listeners?.onMouseDown as MouseEventHandler | undefined}
      onTouchStart={listeners?.onTouchStart as TouchEventHandler | undefined}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setFileOver(true);
      }}
      onDragLeave={() => setFileOver(false)}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setFileOver(false);
        attachDropped(item, title, Array.from(event.dataTransfer.files));
      }}
    >
      {/* min-height keeps the card's centre on its content, so a click in the middle opens it. */}
      <div className="card-body">
        <CardBody item={item} lookups={lookups} titleId={titleId} />
      </div>
      <div className="card-actions">
        <DragHandle
          label={t.board.card.dragHandle(title)}
          attributes={attributes}
          listeners={listeners}
          setActivatorNodeRef={setActivatorNodeRef}
          handleRef={handle}
          tabIndex={stop === 'handle' ? 0 : -1}
        />
        <MoveMenu
          current={item.column}
          title={title}
          onMove={onMove}
          buttonRef={menuButton}
          tabIndex={stop === 'menu' ? 0 : -1}
        />
      </div>
    </li>
  );
});
