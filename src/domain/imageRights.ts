// Image rights rules (issue: photos from colleagues). Before an item is approved or published, every
// image and video on it must say who made it, on what right it is used, and — where people or
// children are recognisable — that they (or their guardians) consented, and when. Pure: the move
// commands and the editor ask these functions; the UI turns the reason keys into German text.
import { liveAttachments, needsRights } from './attachments';
import type { ColumnId } from './columns';
import type { AttachmentRights, ChecklistEntry, Item } from './types';

export type MissingRight =
  | 'creator'
  | 'usage'
  | 'usageNote'
  | 'peopleAnswer'
  | 'peopleConsent'
  | 'peopleConsentDate'
  | 'minorsAnswer'
  | 'guardianConsent'
  | 'guardianConsentDate';

/** What this image's record still lacks, in the order the form asks for it. Empty = cleared. */
export function missingRights(rights: AttachmentRights): MissingRight[] {
  const missing: MissingRight[] = [];
  if (rights.creator.trim() === '') missing.push('creator');
  if (rights.usage === null) missing.push('usage');
  else if (rights.usage === 'agency' && rights.usageNote.trim() === '') missing.push('usageNote');
  if (rights.peopleRecognisable === null) missing.push('peopleAnswer');
  else if (rights.peopleRecognisable) {
    if (!rights.peopleConsent) missing.push('peopleConsent');
    else if (!rights.peopleConsentDate) missing.push('peopleConsentDate');
  }
  // Asked on its own: children can be shown even when no adult is recognisable (from behind, in a
  // group), and their guardians' consent is what the law is strictest about.
  if (rights.minorsShown === null) missing.push('minorsAnswer');
  else if (rights.minorsShown) {
    if (!rights.guardianConsent) missing.push('guardianConsent');
    else if (!rights.guardianConsentDate) missing.push('guardianConsentDate');
  }
  return missing;
}

export interface RightsProblem {
  attachmentId: string;
  name: string;
  missing: MissingRight[];
}

/** Every visible image or video of the item that lacks something, in display order. */
export function rightsProblems(item: Pick<Item, 'attachments'>): RightsProblem[] {
  const problems: RightsProblem[] = [];
  for (const a of liveAttachments(item)) {
    if (!needsRights(a)) continue;
    const missing = missingRights(a);
    if (missing.length > 0) problems.push({ attachmentId: a.id, name: a.name, missing });
  }
  return problems;
}

/** Columns an item may only enter with its image rights cleared. */
export const RIGHTS_GATED_COLUMNS: readonly ColumnId[] = ['freigegeben', 'veroeffentlicht'];

/**
 * The problems that forbid moving `item` into `column`: none for a move inside the same column (a
 * reorder) or into a column that is not gated.
 */
export function moveBlockedByRights(item: Item, column: ColumnId): RightsProblem[] {
  if (item.column === column || !RIGHTS_GATED_COLUMNS.includes(column)) return [];
  return rightsProblems(item);
}

/**
 * The problems that forbid creating `item` where it stands: a new item is created straight into its
 * column, which for Freigegeben and Veröffentlicht is the same step as a move there.
 */
export function createBlockedByRights(item: Item): RightsProblem[] {
  return RIGHTS_GATED_COLUMNS.includes(item.column) ? rightsProblems(item) : [];
}

/** The stored label of the checklist entry that follows the images' state. */
export const RIGHTS_CHECKLIST_LABEL = 'Bildrechte geklärt';

export const hasRightsAttachments = (item: Pick<Item, 'attachments'>): boolean =>
  liveAttachments(item).some(needsRights);

/**
 * The "Bildrechte geklärt" entry is derived while images are attached: ticked exactly when no image
 * lacks anything, whatever was stored. Without images it is an ordinary entry ticked by hand.
 * Returns null for entries that are not derived.
 */
export function derivedChecklistDone(
  item: Pick<Item, 'attachments'>,
  entry: Pick<ChecklistEntry, 'label'>,
): boolean | null {
  if (entry.label.trim() !== RIGHTS_CHECKLIST_LABEL || !hasRightsAttachments(item)) return null;
  return rightsProblems(item).length === 0;
}
