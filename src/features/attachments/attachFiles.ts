// Attach many files to one item: each is prepared in the worker, then stored in its own transaction
// (blob + thumbnail + entry together), strictly one after another so the board stays responsive and
// memory stays flat even when hundreds are dropped. The result is one summary for one message.
// An iPhone photo (HEIC/HEIF) is converted to JPEG first (heicToJpeg.ts); the JPEG is what is stored.
import type { PrepareResult } from './prepareFile';
import type { Refused, RefusalKind } from '../../storage/attachments/refusals';
import {
  attachFile,
  type AttachOutcome,
  type PreparedFile,
} from '../../storage/attachments/attachmentCommands';
import { ATTACHMENT_LIMITS } from '../../domain/fileCheck';
import { toStorageError } from '../../storage/db/errors';
import { storageUsage } from '../../storage/db/persistence';
import { heicToJpeg, jpegName, type HeicConverter } from './heicToJpeg';
import { prepareInWorker } from './workerClient';

/** Share of the quota from which Einstellungen and the attach summary warn. */
export const QUOTA_WARN_SHARE = 0.8;
/** A file that would take usage above this share of the quota is not written at all. */
const QUOTA_REFUSE_SHARE = 0.95;

/** An iPhone photo stored as the JPEG made from it (`from` the file's name, `to` the JPEG's). */
export interface Converted {
  from: string;
  to: string;
}

export interface AttachSummary {
  added: number;
  alreadyAttached: number;
  refused: Refused[];
  /** HEIC/HEIF files attached as JPEG: the summary says the JPEG replaces the original. */
  converted: Converted[];
  nearQuota: boolean;
}

export interface AttachDeps {
  prepare: (file: Blob) => Promise<PrepareResult>;
  usage: () => Promise<{ usage: number; quota: number } | null>;
  convertHeic: HeicConverter;
}

const defaultDeps: AttachDeps = { prepare: prepareInWorker, usage: storageUsage, convertHeic: heicToJpeg };

/** Name for a pasted image (the clipboard gives "image.png" or nothing). */
export function fileName(file: Blob & { name?: string }, index: number): string {
  const name = file.name?.trim();
  return name ? name : `Eingefügtes Bild ${index + 1}`;
}

/** Keeps one prepared file: on a stored item (attachFile), or in a new item's editor until it is saved. */
export type StoreFile = (file: PreparedFile) => Promise<AttachOutcome>;

export function attachFiles(
  itemId: string,
  files: readonly (Blob & { name?: string })[],
  onProgress?: (done: number, total: number) => void,
  deps: AttachDeps = defaultDeps,
): Promise<AttachSummary> {
  return collectFiles((file) => attachFile(itemId, file), files, onProgress, deps);
}

export async function collectFiles(
  store: StoreFile,
  files: readonly (Blob & { name?: string })[],
  onProgress?: (done: number, total: number) => void,
  deps: AttachDeps = defaultDeps,
): Promise<AttachSummary> {
  const summary: AttachSummary = {
    added: 0,
    alreadyAttached: 0,
    refused: [],
    converted: [],
    nearQuota: false,
  };
  for (const [index, file] of files.entries()) {
    await collectOne(store, file, fileName(file, index), summary, deps);
    onProgress?.(index + 1, files.length);
  }
  return summary;
}

async function collectOne(
  store: StoreFile,
  file: Blob,
  name: string,
  summary: AttachSummary,
  deps: AttachDeps,
): Promise<void> {
  const refuse = (reason: RefusalKind, extra: Partial<Refused> = {}) =>
    summary.refused.push({ name, reason, size: file.size, ...extra });
  const estimate = await deps.usage();
  if (estimate && estimate.quota > 0) {
    if (estimate.usage + file.size > estimate.quota * QUOTA_REFUSE_SHARE) {
      summary.nearQuota = true;
      refuse('quota');
      return;
    }
    if (estimate.usage + file.size > estimate.quota * QUOTA_WARN_SHARE) summary.nearQuota = true;
  }
  let data: Blob = file;
  let prepared = await deps.prepare(file);
  let converted: Converted | null = null;
  if (!prepared.ok && prepared.reason === 'heic') {
    // An iPhone photo: its JPEG is checked, stored and shown in its place. The size limit applies
    // before decoding, as for any image.
    if (file.size > ATTACHMENT_LIMITS.imageBytes) {
      refuse('tooLarge');
      return;
    }
    try {
      data = await deps.convertHeic(file);
    } catch {
      refuse('heicFailed');
      return;
    }
    prepared = await deps.prepare(data);
    converted = { from: name, to: jpegName(name) };
  }
  if (!prepared.ok) {
    const { reason, ...dims } = prepared;
    refuse(reason, dims);
    return;
  }
  try {
    const outcome = await store({
      name: converted?.to ?? name,
      type: prepared.type,
      size: prepared.size,
      hash: prepared.hash,
      // The bytes as checked (the original, or the JPEG made from an iPhone photo), labelled with
      // the type read from them.
      data: data.slice(0, data.size, prepared.type),
      thumb: prepared.thumb,
    });
    if (outcome.kind === 'added') {
      summary.added += 1;
      if (converted) summary.converted.push(converted);
    } else summary.alreadyAttached += 1;
  } catch (error) {
    refuse(toStorageError(error).kind);
  }
}
