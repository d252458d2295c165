// Credit lines ("Foto: Stadt Taunusstein") to print under a post. The wording is the German
// publishing convention, so it is the same in the English UI.
import { liveAttachments, needsRights } from './attachments';
import type { Attachment, Item } from './types';

/**
 * Credit line to print under a post, e.g. "Foto: Stadt Taunusstein". Videos say "Video:". Null until
 * Urheber/Quelle is filled in.
 */
export function creditLine(attachment: Pick<Attachment, 'creator' | 'type'>): string | null {
  const creator = attachment.creator.trim();
  if (creator === '') return null;
  return `${attachment.type.startsWith('video/') ? 'Video' : 'Foto'}: ${creator}`;
}

/** One credit line for all images of an item: "Fotos: A, B" with each creator named once. */
export function itemCreditLine(item: Pick<Item, 'attachments'>): string | null {
  const creators: string[] = [];
  for (const a of liveAttachments(item)) {
    const creator = a.creator.trim();
    if (needsRights(a) && !a.type.startsWith('video/') && creator !== '' && !creators.includes(creator))
      creators.push(creator);
  }
  if (creators.length === 0) return null;
  return `${creators.length === 1 ? 'Foto' : 'Fotos'}: ${creators.join(', ')}`;
}
