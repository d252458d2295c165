// A field's value as the import preview shows it beside the other side's: words, not ids or JSON
// (a channel by its name, a day as dd.MM.yyyy, a position by its column).
import type { ColumnId } from '../../domain/columns';
import { germanDate } from '../../domain/calendarDays';
import { shorten } from '../../domain/items';
import type { ItemField } from '../../domain/types';

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
  unknown: string;
  columns: Record<ColumnId, string>;
}

export interface ValueNames {
  channels: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, string>;
}

/** Longest text shown of one side's value; the item itself holds all of it. */
const MAX_SHOWN = 160;

export function conflictValueText(
  field: ItemField,
  value: unknown,
  words: ValueWords,
  names: ValueNames,
): string {
  switch (field) {
    case 'channelIds': {
      const ids = Array.isArray(value) ? (value as string[]) : [];
      return ids.length === 0
        ? words.empty
        : ids.map((id) => names.channels.get(id) ?? words.unknown).join(', ');
    }
    case 'assigneeId':
      return typeof value === 'string' ? (names.members.get(value) ?? words.unknown) : words.empty;
    case 'publishDate':
      return typeof value === 'string' ? germanDate(value) : words.empty;
    case 'urgent':
    case 'archived':
    case 'deleted':
      return value ? words.yes : words.no;
    case 'position': {
      const column = (value as { column?: ColumnId } | null)?.column;
      return column && column in words.columns ? words.columns[column] : words.unknown;
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? shorten(value, MAX_SHOWN) : words.empty;
  }
}
