// The whole pure part of an import, from file text to preview: parse → migrate → validate → clamp
// future stamps → merge → re-key → preview. Nothing here touches the database, so it can run
// anywhere (a test, or a worker off the main thread).
import type { BoardRecords } from '../domain/merge';
import type { BoardFile } from './format';
import { parseBoardFile, type ParseError } from './parse';
import { previewImport, type ImportPreview } from './preview';
import { clampFutureStamps, type SkewedDevice, type StampClamps } from './skew';

export interface PreparedFile {
  file: BoardFile;
  /** The file's records as they are merged: future stamps clamped. */
  incoming: BoardRecords;
  preview: ImportPreview;
  /** Devices whose stamps were in the future, for the preview. */
  skewed: SkewedDevice[];
  /** Clamps to remember when the import is written (so a re-import clamps the same way). */
  newClamps: Record<string, string>;
}

export type PrepareFileResult = { ok: true; value: PreparedFile } | { ok: false; error: ParseError };

export function prepareBoardFile(
  text: string,
  local: BoardRecords,
  now: number,
  knownClamps: StampClamps,
): PrepareFileResult {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) return parsed;
  const { records: incoming, newClamps, skewed } = clampFutureStamps(parsed.value, now, knownClamps);
  const preview = previewImport(local, incoming);
  return { ok: true, value: { file: parsed.value, incoming, preview, skewed, newClamps } };
}
