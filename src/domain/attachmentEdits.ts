// Changing attachment records (add, change rights, tombstone) and merging two copies per entry.
import { itemAttachments, sortAttachments } from './attachments';
import type { NextStamp } from './items';
import type { Attachment, AttachmentRights, Item } from './types';

export const EMPTY_RIGHTS: AttachmentRights = {
  creator: '',
  usage: null,
  usageNote: '',
  peopleRecognisable: null,
  peopleConsent: false,
  peopleConsentDate: null,
  minorsShown: null,
  guardianConsent: false,
  guardianConsentDate: null,
};

export interface NewAttachment {
  id: string;
  hash: string;
  name: string;
  type: string;
  size: number;
}

/** Add an attachment (a file attached twice to the same item is kept once: same hash, live entry). */
export function addAttachment(item: Item, file: NewAttachment, now: number, stamp: NextStamp): Item {
  const existing = itemAttachments(item);
  if (existing.some((a) => !a.deleted && a.hash === file.hash)) return item;
  const entry: Attachment = { ...file, ...EMPTY_RIGHTS, addedAt: now, deleted: false, clock: stamp() };
  return { ...item, attachments: [...existing, entry], updatedAt: now };
}

export type AttachmentChange = Partial<AttachmentRights> & { deleted?: boolean };

/** Change one attachment's rights or tombstone; stamps that entry only. Null when nothing changed. */
export function changeAttachment(
  item: Item,
  attachmentId: string,
  change: AttachmentChange,
  now: number,
  stamp: NextStamp,
): Item | null {
  const existing = itemAttachments(item);
  const current = existing.find((a) => a.id === attachmentId);
  if (!current) return null;
  const keys = Object.keys(change) as (keyof AttachmentChange)[];
  if (keys.every((key) => change[key] === undefined || change[key] === current[key])) return null;
  const next: Attachment = { ...current, ...definedOnly(change), clock: stamp() };
  return { ...item, attachments: existing.map((a) => (a.id === attachmentId ? next : a)), updatedAt: now };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Per-entry merge, exactly like checklist entries: the entry with the later clock wins whole; equal
 * clocks with different content (only a corrupt file) are broken by the content, keeping the merge
 * commutative, associative and idempotent.
 */
export function mergeAttachments(a: readonly Attachment[], b: readonly Attachment[]): Attachment[] {
  const byId = new Map<string, Attachment>();
  for (const entry of a) byId.set(entry.id, entry);
  for (const entry of b) {
    const mine = byId.get(entry.id);
    if (!mine || mine.clock < entry.clock || (mine.clock === entry.clock && valueKey(mine) < valueKey(entry)))
      byId.set(entry.id, entry);
  }
  return sortAttachments([...byId.values()]);
}
