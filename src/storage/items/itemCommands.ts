// Commands that change items. Components call these; they validate, stamp clocks and write one
// transaction each. Views never write Dexie directly.
import Dexie from 'dexie';
import type { ColumnId } from '../../domain/columns';
import {
  applyItemEdit,
  createItem as buildItem,
  moveItem as buildMove,
  setItemFlag,
} from '../../domain/items';
import { addAttachment, changeAttachment } from '../../domain/attachmentEdits';
import { createBlockedByRights, moveBlockedByRights, type RightsProblem } from '../../domain/imageRights';
import { rankBetween, ranksBetween } from '../../domain/rank';
import type { AttachmentRights, ChecklistEntry, Item, ItemEdit } from '../../domain/types';
import type { PreparedFile } from '../attachments/attachmentCommands';
import { hasErrors, validateItemEdit, type ValidationErrors } from '../../domain/validate';
import { db } from '../db/db';
import { InputError } from '../db/errors';
import { write } from '../db/write';

export class ItemValidationError extends InputError {
  constructor(readonly errors: ValidationErrors) {
    super('validation');
    this.name = 'ItemValidationError';
  }
}

/**
 * A move into Freigegeben or Veröffentlicht refused because images on the card lack rights. It
 * carries the target column and, per image, what is missing; the UI words it (ui/reportError.ts).
 * Passes through write() unchanged, like every InputError.
 */
export class ImageRightsError extends InputError {
  constructor(
    readonly column: ColumnId,
    readonly problems: RightsProblem[],
  ) {
    super(`image rights missing: ${problems.map((p) => `${p.name} (${p.missing.join(', ')})`).join('; ')}`);
    this.name = 'ImageRightsError';
  }
}

function assertMayMove(item: Item, column: ColumnId): void {
  const problems = moveBlockedByRights(item, column);
  if (problems.length > 0) throw new ImageRightsError(column, problems);
}

function columnRange(column: ColumnId) {
  return db.items.where('[column+rank]').between([column, Dexie.minKey], [column, Dexie.maxKey]);
}

async function edgeRank(column: ColumnId, edge: 'first' | 'last'): Promise<string> {
  const row = edge === 'first' ? await columnRange(column).first() : await columnRange(column).last();
  if (!row) return rankBetween(null, null);
  return edge === 'first' ? rankBetween(null, row.rank) : rankBetween(row.rank, null);
}

export async function requireItem(id: string): Promise<Item> {
  const item = await db.items.get(id);
  if (!item) throw new Error(`Item ${id} not found`);
  return item;
}

export interface CreateItemInput extends ItemEdit {
  title: string;
  column: ColumnId;
  /** Where the new card goes in its column; default end (quick-add at a column's foot). */
  placement?: 'start' | 'end';
}

/** A file attached in a new item's editor before its first save, with the rights filled in there. */
export interface NewItemAttachment {
  file: PreparedFile;
  rights: AttachmentRights;
}

/**
 * Create an item in one transaction. `checklist` replaces the default entries when the user prepared
 * her own in the editor; entries get ranks in the given order, so every device lists them alike.
 * `attachments` are the files attached before the first save: their blobs, thumbnails and entries
 * are written in the same transaction, so a cancelled editor never leaves a blob behind. Refused,
 * writing nothing, when the item would stand in Freigegeben/Veröffentlicht with an image lacking rights.
 */
export async function createItem(
  input: CreateItemInput,
  checklist?: Pick<ChecklistEntry, 'label' | 'done'>[],
  attachments: readonly NewItemAttachment[] = [],
): Promise<string> {
  const { placement = 'end', ...rest } = input;
  const errors = validateItemEdit(rest);
  if (hasErrors(errors)) throw new ItemValidationError(errors);
  return write([db.items, db.blobs, db.thumbs], async (ctx) => {
    const rank = await edgeRank(rest.column, placement === 'start' ? 'first' : 'last');
    const item = buildItem({ ...rest, rank }, ctx.now, ctx.stamp, ctx.newId);
    if (checklist) {
      const at = ctx.stamp();
      const ranks = ranksBetween(null, null, checklist.length);
      item.checklist = checklist.map((entry, index) => ({
        id: ctx.newId(),
        label: entry.label.trim(),
        done: entry.done,
        rank: ranks[index]!,
        deleted: false,
        clock: at,
      }));
    }
    // Entries are listed by addedAt: a millisecond apart, the files keep the order she attached them in
    // (with one moment for all, the random ids would order them).
    const withFiles = attachments.reduce((current, { file, rights }, index) => {
      const attachmentId = ctx.newId();
      const next = addAttachment(
        current,
        { id: attachmentId, hash: file.hash, name: file.name, type: file.type, size: file.size },
        ctx.now + index,
        ctx.stamp,
      );
      return changeAttachment(next, attachmentId, rights, ctx.now, ctx.stamp) ?? next;
    }, item);
    const problems = createBlockedByRights(withFiles);
    if (problems.length > 0) throw new ImageRightsError(withFiles.column, problems);
    for (const { file } of attachments) {
      if ((await db.blobs.where(':id').equals(file.hash).count()) === 0)
        await db.blobs.put({ hash: file.hash, type: file.type, size: file.size, data: file.data });
      if (file.thumb && (await db.thumbs.where(':id').equals(file.hash).count()) === 0)
        await db.thumbs.put({ hash: file.hash, ...file.thumb });
    }
    await db.items.add(withFiles);
    return withFiles.id;
  });
}

export async function updateItem(id: string, edit: ItemEdit): Promise<void> {
  const errors = validateItemEdit(edit);
  if (hasErrors(errors)) throw new ItemValidationError(errors);
  await write([db.items], async (ctx) => {
    const next = applyItemEdit(await requireItem(id), edit, ctx.now, ctx.stamp);
    if (next) await db.items.put(next);
  });
}

/**
 * Where a move puts a card: at an exact rank (a drop, whose rank the board computed between the
 * neighbours it shows and already displays; an undo, which restores the old rank), or at the top of
 * a column (the `Verschieben nach…` menu, the stand-up's actions).
 */
export type MoveTarget = { column: ColumnId; rank: string } | { column: ColumnId; at: 'top' };

/**
 * The one command that moves a card: every drag, menu, undo and stand-up action calls it. Writes one
 * card; refuses (writing nothing) when the card's image rights forbid the target column.
 */
export async function moveItem(id: string, to: MoveTarget): Promise<void> {
  await write([db.items], async (ctx) => {
    const item = await requireItem(id);
    const rank =
      'rank' in to ? to.rank : item.column === to.column ? null : await edgeRank(to.column, 'first');
    if (rank === null || (item.column === to.column && item.rank === rank)) return;
    assertMayMove(item, to.column);
    await db.items.put(buildMove(item, to.column, rank, ctx.now, ctx.stamp));
  });
}

async function setFlag(id: string, field: 'archived' | 'deleted', value: boolean): Promise<void> {
  await write([db.items], async (ctx) => {
    const item = await requireItem(id);
    if (item[field] === value) return;
    await db.items.put(setItemFlag(item, field, value, ctx.now, ctx.stamp));
  });
}

/** Deleting writes a tombstone, so the deletion survives a merge and can be undone. */
export const deleteItem = (id: string) => setFlag(id, 'deleted', true);
export const restoreItem = (id: string) => setFlag(id, 'deleted', false);
export const archiveItem = (id: string) => setFlag(id, 'archived', true);
export const unarchiveItem = (id: string) => setFlag(id, 'archived', false);

/**
 * Archive every published card at once (keeps the Veröffentlicht column short). Returns the archived
 * ids so the action can be undone.
 */
export async function archivePublishedItems(): Promise<string[]> {
  return write([db.items], async (ctx) => {
    const published = await columnRange('veroeffentlicht')
      .filter((i) => !i.deleted && !i.archived)
      .toArray();
    await db.items.bulkPut(published.map((i) => setItemFlag(i, 'archived', true, ctx.now, ctx.stamp)));
    return published.map((i) => i.id);
  });
}

/** Undo of a bulk archive: one transaction for all of them. */
export async function unarchiveItems(ids: readonly string[]): Promise<void> {
  await write([db.items], async (ctx) => {
    const rows = (await db.items.bulkGet([...ids])).filter((i): i is Item => !!i && i.archived);
    await db.items.bulkPut(rows.map((i) => setItemFlag(i, 'archived', false, ctx.now, ctx.stamp)));
  });
}
