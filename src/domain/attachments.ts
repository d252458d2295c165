// Reading attachment records of an item: defensively (old rows have none), in display order, and
// which kind of file a MIME type is. Small on purpose: the board's first download needs it for the
// card thumbnail and the move check; changing and merging records is in attachmentEdits.ts.
import type { Attachment, Item } from './types';

/** Attachments of an item, tombstones included; rows written before attachments existed have none. */
export function itemAttachments(item: Pick<Item, 'attachments'>): readonly Attachment[] {
  return Array.isArray(item.attachments) ? item.attachments : [];
}

/** Visible attachments in display order (oldest first, then id, the same on every device). */
export function liveAttachments(item: Pick<Item, 'attachments'>): Attachment[] {
  return sortAttachments(itemAttachments(item).filter((a) => !a.deleted));
}

export function sortAttachments(entries: readonly Attachment[]): Attachment[] {
  return [...entries].sort((a, b) =>
    a.addedAt !== b.addedAt ? a.addedAt - b.addedAt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export type AttachmentKind = 'image' | 'svg' | 'video' | 'pdf' | 'file';

export function attachmentKind(type: string): AttachmentKind {
  if (type === 'image/svg+xml') return 'svg';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type === 'application/pdf') return 'pdf';
  return 'file';
}

/** Images and videos show people and need rights; PDFs (flyers from departments) do not. */
export const needsRights = (a: Pick<Attachment, 'type'>): boolean => {
  const kind = attachmentKind(a.type);
  return kind === 'image' || kind === 'svg' || kind === 'video';
};

/** Raster images get a thumbnail and are shown; SVG is stored as a file and never rendered. */
export const isShownImage = (a: Pick<Attachment, 'type'>): boolean => attachmentKind(a.type) === 'image';

/** The first visible raster image: the card's thumbnail. */
export function firstImage(item: Pick<Item, 'attachments'>): Attachment | undefined {
  return liveAttachments(item).find(isShownImage);
}
