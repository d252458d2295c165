// The undo snapshot an import keeps, packed so that keeping it does not freeze the page: the items
// are read page by page and stored as UTF-8 JSON bytes, one buffer per page. Storing a whole
// five-year board as objects is one large structured clone in a single task, long enough to freeze
// the page, and as strings hardly less; byte buffers are copied as they are. Restoring decodes page
// by page, synchronously (no await outside IndexedDB inside the transaction). Daily backups keep the
// plain shape (BoardRecords); restoreSnapshot reads both.
import type { BoardRecords } from '../../domain/merge';
import type { Item } from '../../domain/types';
import { readStandups } from './boardRecords';
import { db } from '../db/db';

export interface PackedBoard {
  packed: 1;
  /** JSON arrays of items (UTF-8), in id order. */
  itemPages: Uint8Array[];
  /** Items not deleted (for the backup list). */
  liveItems: number;
  channels: BoardRecords['channels'];
  members: BoardRecords['members'];
  standups: NonNullable<BoardRecords['standups']>;
}

const PAGE = 500;

/** Reads and packs the whole board. Inside a transaction over items, channels, members, standups. */
export async function readPackedBoard(): Promise<PackedBoard> {
  const itemPages: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let liveItems = 0;
  let page = await db.items.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    itemPages.push(encoder.encode(JSON.stringify(page)));
    liveItems += page.filter((i) => !i.deleted).length;
    if (page.length < PAGE) break;
    page = await db.items.where(':id').above(page.at(-1)!.id).limit(PAGE).toArray();
  }
  return {
    packed: 1,
    itemPages,
    liveItems,
    channels: await db.channels.toArray(),
    members: await db.members.toArray(),
    standups: await readStandups(),
  };
}

export function isPackedBoard(data: unknown): data is PackedBoard {
  return typeof data === 'object' && data !== null && (data as PackedBoard).packed === 1;
}

/** The items of a snapshot (packed or plain), a page at a time (parsed when reached), for batched writes. */
export function* itemPagesOf(data: PackedBoard | BoardRecords): Generator<Item[]> {
  if (isPackedBoard(data)) {
    const decoder = new TextDecoder();
    for (const page of data.itemPages) yield JSON.parse(decoder.decode(page)) as Item[];
    return;
  }
  for (let start = 0; start < data.items.length; start += PAGE) yield data.items.slice(start, start + PAGE);
}
