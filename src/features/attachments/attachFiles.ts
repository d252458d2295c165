// Attach many files to one item: each is prepared in the worker, then stored in its own transaction
// (blob + thumbnail + entry together), strictly one after another so the board stays responsive and
// memory stays flat even when hundreds are dropped. The result is one summary for one message.
import type { PrepareResult } from './prepareFile';
import type { Refused, RefusalKind } from '../../storage/attachments/refusals';
import {
  attachFile,
  type AttachOutcome,
  type PreparedFile,
} from '../../storage/attachments/attachmentCommands';
import { toStorageError } from '../../storage/db/errors';
import { storageUsage } from '../../storage/db/persistence';
import { prepareInWorker } from './workerClient';

/** Share of the quota from which Einstellungen and the attach summary warn. */
export const QUOTA_WARN_SHARE = 0.8;
/** A file that would take usage above this share of the quota is not written at all. */
const QUOTA_REFUSE_SHARE = 0.95;

export interface AttachSummary {
  added: number;
  alreadyAttached: number;
  refused: Refused[];
  nearQuota: boolean;
}

export interface AttachDeps {
  prepare: (file: Blob) => Promise<PrepareResult>;
  usage: () => Promise<{ usage: number; quota: number } | null>;
}

const defaultDeps: AttachDeps = { prepare: prepareInWorker, usage: storageUsage };

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
  const summary: AttachSummary = { added: 0, alreadyAttached: 0, refused: [], nearQuota: false };
  for (const [index, file] of files.entries()) {
    const name = fileName(file, index);
    const refuse = (reason: RefusalKind, extra: Partial<Refused> = {}) =>
      summary.refused.push({ name, reason, size: file.size, ...extra });
    const estimate = await deps.usage();
    if (estimate && estimate.quota > 0) {
      if (estimate.usage + file.size > estimate.quota * QUOTA_REFUSE_SHARE) {
        summary.nearQuota = true;
        refuse('quota');
        onProgress?.(index + 1, files.length);
        continue;
      }
      if (estimate.usage + file.size > estimate.quota * QUOTA_WARN_SHARE) summary.nearQuota = true;
    }
    const prepared = await deps.prepare(file);
    if (!prepared.ok) {
      const { reason, ...dims } = prepared;
      refuse(reason, dims);
    } else {
      try {
        const outcome = await store({
          name,
          type: prepared.type,
          size: prepared.size,
          hash: prepared.hash,
          // The original bytes unchanged, labelled with the type read from them.
          data: file.slice(0, file.size, prepared.type),
          thumb: prepared.thumb,
        });
        if (outcome.kind === 'added') summary.added += 1;
        else summary.alreadyAttached += 1;
      } catch (error) {
        refuse(toStorageError(error).kind);
      }
    }
    onProgress?.(index + 1, files.length);
  }
  return summary;
}
