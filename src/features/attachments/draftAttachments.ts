// Files attached in a new item's editor before its first save. They live in the form's state only
// (bytes, thumbnail, the entry with the rights she fills in) and reach IndexedDB together with the
// item, in createItem's one transaction: Abbrechen drops them and nothing is left behind.
import { EMPTY_RIGHTS } from '../../domain/attachmentEdits';
import type { Attachment, AttachmentRights } from '../../domain/types';
import type { PreparedFile } from '../../storage/attachments/attachmentCommands';
import type { NewItemAttachment } from '../../storage/items/itemCommands';

export interface DraftAttachment {
  entry: Attachment;
  file: PreparedFile;
}

/** The entry shown for a file not saved yet; its clock only tells the gallery that it changed. */
export function draftEntry(file: PreparedFile, id: string, now: number): Attachment {
  const { hash, name, type, size } = file;
  return { id, hash, name, type, size, ...EMPTY_RIGHTS, addedAt: now, deleted: false, clock: 'draft:0' };
}

/** One draft's rights changed; the clock moves so its gallery entry re-renders. */
export function changeDraft(draft: DraftAttachment, patch: Partial<AttachmentRights>): DraftAttachment {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const turn = Number(draft.entry.clock.slice('draft:'.length)) + 1;
  return { ...draft, entry: { ...draft.entry, ...defined, clock: `draft:${turn}` } };
}

const RIGHTS_KEYS = Object.keys(EMPTY_RIGHTS) as (keyof AttachmentRights)[];

/** What createItem stores for the drafts: each file with the rights from its form. */
export function toNewItemAttachments(drafts: readonly DraftAttachment[]): NewItemAttachment[] {
  return drafts.map(({ entry, file }) => ({
    file,
    rights: Object.fromEntries(RIGHTS_KEYS.map((key) => [key, entry[key]])) as unknown as AttachmentRights,
  }));
}
