// The one Dexie database. Schema versions are append-only: never edit a shipped db.version(n);
// add version(n+1) with an upgrade instead. Version 1 already holds the tables the roadmap needs
// (stand-up records, content-addressed blobs, snapshots) so those features need no schema change.
import Dexie, { type Table } from 'dexie';
import type { Channel, Item, Member } from '../../domain/types';
import { URGENT_INDEX, urgentKeyMiddleware, withUrgentKey } from './urgentKey';

// Dexie turns on its debug mode for pages served from localhost or 127.0.0.1, which is where
// `npm start` serves the app: every table operation then creates a console task and captures a
// stack for DevTools. A production build never needs that; development keeps it.
if (import.meta.env.PROD) Dexie.debug = false;

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A saved daily stand-up (issue: stand-up mode). Shape grows with that feature; not indexed beyond day. */
export interface StandupRow {
  id: string;
  /** yyyy-MM-dd */
  day: string;
  [field: string]: unknown;
}

/** Binary attachment content, keyed by its SHA-256 hex digest, never stored inside an item row. */
export interface BlobRow {
  hash: string;
  type: string;
  size: number;
  data: Blob;
}

/**
 * A small preview (about 320 px, WebP) of an image blob, keyed by the original's hash. Its own table
 * so a card's thumbnail never reads the original's bytes.
 */
export interface ThumbRow {
  hash: string;
  type: string;
  width: number;
  height: number;
  size: number;
  data: Blob;
}

/** One page of a snapshot's items (backups/snapshotStore.ts), keyed by snapshot id and page number. */
export interface SnapshotPageRow {
  snapshot: string;
  page: number;
  items: Item[];
}

/** A copy of the board kept before a risky write (import, restore) or as a daily backup. */
export interface SnapshotRow {
  id: string;
  createdAt: number;
  reason: string;
  data: unknown;
  /** An import's snapshot: what imports had brought in before it (undo puts that back too). */
  importedSeen?: Record<string, string>;
}

export const DB_NAME = 'redaktionsplan';

export class RedaktionsplanDB extends Dexie {
  items!: Table<Item, string>;
  channels!: Table<Channel, string>;
  members!: Table<Member, string>;
  meta!: Table<MetaRow, string>;
  standups!: Table<StandupRow, string>;
  blobs!: Table<BlobRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  thumbs!: Table<ThumbRow, string>;
  snapshotPages!: Table<SnapshotPageRow, [string, number]>;

  constructor(name = DB_NAME) {
    // 'immutable': live-query results are frozen and shared instead of deep-cloned for every
    // subscriber (on a large board, cloning was most of what a re-read cost). Nothing may mutate them.
    super(name, { cache: 'immutable' });
    this.version(1).stores({
      // [column+rank] reads a column in board order straight from the index.
      items: 'id, [column+rank], publishDate, updatedAt',
      channels: 'id, rank',
      members: 'id, rank',
      meta: 'key',
      standups: 'id, day',
      blobs: 'hash',
      snapshots: 'id, createdAt',
    });
    // Version 2 (attachments): thumbnails beside the blobs; items written before get an empty
    // attachment list (code still reads a missing list as empty: board files from before have none).
    this.version(2)
      .stores({ thumbs: 'hash' })
      .upgrade((tx) =>
        tx
          .table<Item, string>('items')
          .toCollection()
          .modify((item) => {
            if (!Array.isArray(item.attachments)) item.attachments = [];
          }),
      );
    // Version 3: urgent items are indexed by column and rank (urgentKey.ts), so the board's first
    // screen can show a column's urgent cards first, as the whole column does, before it is read.
    this.version(3)
      .stores({ items: `id, [column+rank], publishDate, updatedAt, ${URGENT_INDEX}` })
      .upgrade((tx) =>
        tx
          .table<Item, string>('items')
          .toCollection()
          // Only urgent items change; false skips the rest (modify would otherwise rewrite them all).
          .modify((item, ref) => {
            const keyed = withUrgentKey(item);
            if (keyed === item) return false;
            ref.value = keyed;
          }),
      );
    // Version 4: a snapshot's items go in pages of their own rows (backups/snapshotStore.ts), so
    // keeping a large board never clones it in one piece. Snapshots from before stay as they are.
    this.version(4).stores({ snapshotPages: '[snapshot+page]' });
    this.use(urgentKeyMiddleware);
  }
}

export const db = new RedaktionsplanDB();
