// The whole pure part of an import, from file text to what the write needs: parse → migrate →
// validate → clamp future stamps → merge → re-key → preview. Nothing here touches the database, so
// it runs off the main thread (storage/boardfile/boardFile.worker.ts) or, where there are no workers, inline.
// The result is small and structured-clonable: counts and conflicts for the preview, and only the
// records the import changes (a 5,000-item board must not be cloned back and forth whole).
import type { BoardRecords } from '../domain/merge';
import { joinSeen, seenInRecords, type SeenStamps } from '../domain/seenStamps';
import type { Channel, Member, StandupRecord } from '../domain/types';
import type { BoardFile, FileBlob } from './format';
import { parseBoardFile, type ParseError, type SkippedRecord } from './parse';
import { previewImport, type ImportPreview } from './preview';
import { clampForImport, type SkewedDevice, type StampClamps } from './skew';

export type ImportSummary = Omit<ImportPreview, 'merged'>;

/** Attachment bytes the board does not have yet, checked against their hash (a BlobRow to store). */
export interface NewBlob {
  hash: string;
  type: string;
  size: number;
  data: Blob;
}

export interface PreparedImport {
  /** When the colleague exported the file (ISO string, as written in the file). */
  exportedAt: string;
  preview: ImportSummary;
  /**
   * Records of the file that could not be read: left out of the merge (a local copy stays as it
   * is), listed in the preview, so nothing is left out without her knowing.
   */
  skipped: SkippedRecord[];
  /** Devices whose stamps were in the future, for the preview. */
  skewed: SkewedDevice[];
  /** Clamps to remember when the import is written (so a re-import clamps the same way). */
  newClamps: Record<string, string>;
  /** Every stamp the import reads differently: rows changed meanwhile are read through it before the merge. */
  rewrites: Record<string, string>;
  /** The merged records that differ from the local board: what the import writes. */
  writes: Required<BoardRecords>;
  /** The latest stamp in the file (after clamping): the local clock moves past it. */
  latestStamp: string | undefined;
  /** Filled by the storage layer, which can see which bytes are stored already. */
  newBlobs: NewBlob[];
  /** What the file's board had taken in, per device: remembered when the import is written. */
  seen: SeenStamps;
}

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; error: ParseError };

/** Local items and stand-up records whose stamps the clamps rewrite: written even if the merge changes nothing else. */
function rewrittenIds(before: BoardRecords, after: BoardRecords): Set<string> {
  const ids = new Set<string>();
  after.items.forEach((item, n) => item !== before.items[n] && ids.add(item.id));
  (after.standups ?? []).forEach((r, n) => r !== before.standups?.[n] && ids.add(r.id));
  return ids;
}

function changedOnly<T extends Channel | Member | StandupRecord>(
  merged: readonly T[],
  local: readonly T[],
): T[] {
  const mine = new Map(local.map((r) => [r.id, JSON.stringify(r)]));
  return merged.filter((r) => mine.get(r.id) !== JSON.stringify(r));
}

export function prepareBoardFile(
  text: string,
  local: BoardRecords,
  now: number,
  knownClamps: StampClamps,
  localSeen: SeenStamps = {},
): { result: PrepareResult; fileBlobs: FileBlob[] } {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) return { result: parsed, fileBlobs: [] };
  return prepareParsedFile(parsed.value, parsed.skipped, local, now, knownClamps, localSeen);
}

/**
 * The part after parsing, for a caller that parses first (the worker parses while the local board
 * is still being read).
 */
export function prepareParsedFile(
  file: BoardFile,
  skipped: SkippedRecord[],
  local: BoardRecords,
  now: number,
  knownClamps: StampClamps,
  /** What the local board has taken in beyond its records (imports, its own clock). */
  localSeen: SeenStamps = {},
): { result: PrepareResult; fileBlobs: FileBlob[] } {
  // Both boards are read through the clamps, ours too: a fast laptop's own stamps are clamped there.
  const clamped = clampForImport(local, file, file.stampClamps, now, knownClamps);
  const { records: incoming, newClamps, rewrites, skewed, latestStamp } = clamped;
  const rewritten = rewrittenIds(local, clamped.local);
  const seen = {
    local: joinSeen(localSeen, seenInRecords(local)),
    incoming: joinSeen(file.seen ?? {}, seenInRecords(incoming)),
  };
  const { merged, ...preview } = previewImport(clamped.local, incoming, seen);
  const standups = merged.standups ?? [];
  const result: PrepareResult = {
    ok: true,
    value: {
      exportedAt: file.exportedAt,
      preview,
      skipped,
      skewed,
      newClamps,
      rewrites,
      writes: {
        items: merged.items.filter((i) => preview.changedIds.has(i.id) || rewritten.has(i.id)),
        channels: changedOnly(merged.channels, local.channels),
        members: changedOnly(merged.members, local.members),
        standups: standups.filter((r) => preview.changedStandupIds.has(r.id) || rewritten.has(r.id)),
      },
      latestStamp,
      newBlobs: [],
      seen: seen.incoming,
    },
  };
  return { result, fileBlobs: file.blobs };
}
