// Board → file text. Indented JSON so a colleague can read and diff it; records sorted by id so two
// exports of the same board are byte-identical.
import type { BoardRecords } from '../domain/merge';
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
}

const byId = <T extends { id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

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
    blobs: [...blobs].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)),
  };
}

export function serializeBoardFile(file: BoardFile): string {
  return JSON.stringify(file, null, 1) + '\n';
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
