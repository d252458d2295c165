import type { Channel, Item, Member, StandupRecord } from '../domain/types';

// The shared board file: one JSON document, `*.redaktionsplan.json`. Its version is independent of
// the Dexie schema version; older versions are migrated step by step (migrate.ts), newer ones refused.

export const FORMAT_MARKER = 'redaktionsplan';
/**
 * Bump when the file layout changes; add a migration and keep a fixture of the old version in tests.
 * Version 2: items carry `attachments`, the file carries their bytes in `blobs`.
 */
export const CURRENT_FORMAT_VERSION = 2;
/**
 * Largest file we read: 256 MiB. A five-year archive of ~5,000 items is ~13 MiB without images; the
 * rest leaves room for ~50 embedded 4 MB photos (base64 adds a third). Far larger would approach
 * the longest string a browser can parse as JSON at all (~512 MiB) and a laptop's memory.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Longest single string accepted (a brief pasted from a PDF can be long; a hostile one is not). */
export const MAX_STRING_CHARS = 200_000;
export const MAX_RECORDS = 100_000;
/**
 * Bounds on the fields a record carries that this version does not know (kept so a newer minor
 * addition survives a round-trip, see schema.ts): nested at most 16 objects or arrays deep, and
 * together, per record (an item with its checklist entries and attachments is one record), at most
 * 1,000,000 units, counting every value and key as 1 plus the characters of every string and key.
 * A real addition needs a few levels and a few kilobytes; one nested 10,000 levels deep would
 * overflow the stack of any recursive code downstream (structured clone, JSON.stringify, merge).
 */
export const MAX_EXTRA_DEPTH = 16;
export const MAX_EXTRA_SIZE = 1_000_000;

export const FILE_EXTENSION = '.redaktionsplan.json';

/**
 * An attachment's bytes in the file: base64 of the original, unchanged, with the SHA-256 it is stored
 * under. On import the hash is checked against the bytes; bytes already stored are skipped.
 */
export interface FileBlob {
  hash: string;
  type: string;
  size: number;
  base64: string;
}

/** The current file layout, as the app uses it after parsing and validation. */
export interface BoardFile {
  format: typeof FORMAT_MARKER;
  formatVersion: number;
  exportedAt: string;
  deviceId: string;
  boardName?: string;
  items: Item[];
  channels: Channel[];
  members: Member[];
  /**
   * Saved stand-ups. Optional, without a format-version bump: files from before stand-ups stay valid,
   * and an older app reading a newer file keeps the field as an unknown extra instead of refusing it.
   */
  standups?: StandupRecord[];
  /**
   * Stamps from a clock far ahead and what the exporting board clamped them to (boardfile/skew.ts), so
   * the laptop that wrote them, and everyone else, reads them the same way. Optional, without a version
   * bump: a file without it is read as before.
   */
  stampClamps?: Record<string, string>;
  /**
   * What the exporting board had taken in, per device: the latest stamp of each (domain/seenStamps.ts),
   * so the importing side can tell a field both changed from one the other already had. Optional,
   * without a version bump: a file without it is judged by the stamps its records show.
   */
  seen?: Record<string, string>;
  /** Bytes of the attachments the items name (version 2); each stored once, sorted by hash. */
  blobs: FileBlob[];
}
