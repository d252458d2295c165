// Board → file text. One record per line, so a colleague can read the file and a diff shows which
// records changed; records sorted by id so two exports of the same board are byte-identical. (Files
// written with every field indented, before, read the same: parsing ignores whitespace.)
import type { BoardRecords } from '../domain/merge';
import type { StampClamps } from './skew';
import { joinSeen, seenInRecords, type SeenStamps } from '../domain/seenStamps';
import {
  CURRENT_FORMAT_VERSION,
  FILE_EXTENSION,
  FORMAT_MARKER,
  type BoardFile,
  type FileBlob,
} from './format';

export interface ExportMeta {
  deviceId: string;
  exportedAt: Date;
  boardName?: string;
  /** The clamps this board knows (boardfile/skew.ts); written only when there are any. */
  stampClamps?: StampClamps;
  /** What this board has taken in beyond what its records show (imports, its own clock). */
  seen?: SeenStamps;
}

const byId = <T extends { id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Sorted, so two exports of the same board stay byte-identical. */
function clampsOf(clamps: StampClamps | undefined): Pick<BoardFile, 'stampClamps'> {
  const originals = Object.keys(clamps ?? {}).sort();
  if (originals.length === 0) return {};
  return { stampClamps: Object.fromEntries(originals.map((original) => [original, clamps![original]!])) };
}

export function toBoardFile(
  records: BoardRecords,
  meta: ExportMeta,
  blobs: readonly FileBlob[] = [],
): BoardFile {
  return {
    format: FORMAT_MARKER,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    deviceId: meta.deviceId,
    ...(meta.boardName ? { boardName: meta.boardName } : {}),
    items: byId(records.items),
    channels: byId(records.channels),
    members: byId(records.members),
    standups: byId(records.standups ?? []),
    ...clampsOf(meta.stampClamps),
    seen: joinSeen(meta.seen ?? {}, seenInRecords(records)),
    blobs: [...blobs].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)),
  };
}

/**
 * The file text in parts: the top-level fields one per line, each record of a list on a line of its
 * own. A Blob built from the parts skips joining (and then UTF-8-encoding) one 13 MB string, which
 * costs a 5,000-item export more than writing the text does. Same JSON as JSON.stringify would give.
 */
export function serializeBoardFileParts(file: BoardFile): string[] {
  const fields = Object.entries(file).filter(([, value]) => value !== undefined);
  const parts: string[] = ['{\n'];
  fields.forEach(([key, value], n) => {
    const comma = n < fields.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      parts.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
      return;
    }
    parts.push(` ${JSON.stringify(key)}: [\n`);
    const last = value.length - 1;
    // JSON.stringify writes undefined in a list as null.
    value.forEach((record: unknown, i) =>
      parts.push(`  ${JSON.stringify(record) ?? 'null'}${i < last ? ',' : ''}\n`),
    );
    parts.push(` ]${comma}\n`);
  });
  parts.push('}\n');
  return parts;
}

export function serializeBoardFile(file: BoardFile): string {
  return serializeBoardFileParts(file).join('');
}

/** "Pressestelle-Musterstadt-2026-11-25.redaktionsplan.json": safe on every file system. */
export function boardFileName(boardName: string, day: string): string {
  const safe = boardName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe || 'Redaktionsplan'}-${day}${FILE_EXTENSION}`;
}
