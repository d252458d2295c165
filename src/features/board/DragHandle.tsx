// The grip button a card is dragged by from the keyboard (dnd-kit's activator): focusable, named by
// the card's title, with the keyboard sensor's listener. Shared by board cards and calendar items.
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { KeyboardEventHandler, MutableRefObject } from 'react';
import { Icon } from './Icons';

interface Props {
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
  /** Where the view keeps the button, to move focus back to it after a drop. */
  handleRef: MutableRefObject<HTMLButtonElement | null>;
  /** Overrides dnd-kit's 0 where the card keeps a single tab stop (BoardCard). */
  tabIndex?: number;
}

export function DragHandle({
  label,
  attributes,
  listeners,
  setActivatorNodeRef,
  handleRef,
  tabIndex = attributes.tabIndex,
}: Props) {
  return (
    <button
      type="button"
      className="drag-handle"
      ref={(node) => {
        handleRef.current = node;
        setActivatorNodeRef(node);
      }}
      {...attributes}
      tabIndex={tabIndex}
      aria-label={label}
      onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
    >
      <Icon name="grip" />
    </button>
  );
}
