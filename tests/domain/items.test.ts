import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyItemEdit,
  moveItem,
  setItemFlag,
  shorten,
  sortChecklist,
  upsertChecklistEntry,
} from '../../src/domain/items';
import { ITEM_FIELDS, type Item, type ItemField } from '../../src/domain/types';
import { makeItem, stamper } from './fixtures';

const NOW = Date.parse('2026-11-26T09:00:00Z');

describe('items', () => {
  it('a new item has the default checklist and a clock on every field', () => {
    const item = makeItem({ title: '  Wasserampel  ' });
    expect(item.title).toBe('Wasserampel');
    expect(item.checklist.map((e) => e.label)).toEqual([
      'Text',
      'Bild',
      'Bildrechte geklärt',
      'Freigabe Fachbereich',
    ]);
    expect(item.deleted).toBe(false);
  });

  it('a new item has a clock for exactly the fields of ITEM_FIELDS', () => {
    const item = makeItem({ title: 'X' });
    expect(Object.keys(item.clocks).sort()).toEqual([...ITEM_FIELDS].sort());
    for (const field of ITEM_FIELDS) expect(item.clocks[field]).toBe(item.clocks.title);
  });

  it('ITEM_FIELDS names every mergeable key of Item (a new field cannot be left without a clock)', () => {
    // Keys merged otherwise: ids, timestamps, per-entry lists, the clocks; column + rank are `position`.
    type Unclocked =
      'id' | 'column' | 'rank' | 'checklist' | 'attachments' | 'createdAt' | 'updatedAt' | 'clocks';
    expectTypeOf<Exclude<keyof Item, Unclocked> | 'position'>().toEqualTypeOf<ItemField>();
    const item = makeItem({ title: 'X' });
    for (const field of ITEM_FIELDS) {
      if (field !== 'position') expect(item).toHaveProperty(field);
    }
  });

  it('an edit stamps only the fields that really changed', () => {
    const item = makeItem({ title: 'Alt', channelIds: ['a'] });
    const stamp = stamper('later');
    const next = applyItemEdit(item, { title: 'Neu', channelIds: ['a'], urgent: false }, NOW, stamp)!;
    expect(next.title).toBe('Neu');
    expect(next.clocks.title).toMatch(/later$/);
    expect(next.clocks.channelIds).toBe(item.clocks.channelIds);
    expect(next.clocks.urgent).toBe(item.clocks.urgent);
    expect(next.updatedAt).toBe(NOW);
  });

  it('an edit that changes nothing writes nothing', () => {
    const item = makeItem({ title: 'Gleich' });
    expect(applyItemEdit(item, { title: 'Gleich', brief: '' }, NOW, stamper())).toBeNull();
  });

  it('a move stamps column and rank together as one position field', () => {
    const item = makeItem({ title: 'X' });
    const moved = moveItem(item, 'entwurf', 'b0', NOW, stamper('m'));
    expect([moved.column, moved.rank]).toEqual(['entwurf', 'b0']);
    expect(moved.clocks.position).toMatch(/-m$/);
    expect(moved.clocks.title).toBe(item.clocks.title);
  });

  it('deleting is a tombstone with its own clock', () => {
    const item = makeItem({ title: 'X' });
    const gone = setItemFlag(item, 'deleted', true, NOW, stamper('d'));
    expect(gone.deleted).toBe(true);
    expect(gone.clocks.deleted).toMatch(/-d$/);
  });

  it('a checklist change stamps that entry only', () => {
    const item = makeItem({ title: 'X' });
    const [first, second] = item.checklist;
    const next = upsertChecklistEntry(item, { ...first!, done: true }, NOW, stamper('c'));
    expect(next.checklist[0]!.done).toBe(true);
    expect(next.checklist[0]!.clock).toMatch(/-c$/);
    expect(next.checklist[1]!.clock).toBe(second!.clock);
  });

  it('shortens long text for cards without splitting characters', () => {
    expect(shorten('kurz', 10)).toBe('kurz');
    const long = 'ä'.repeat(10_000);
    const short = shorten(long, 120);
    expect(Array.from(short)).toHaveLength(120);
    expect(short.endsWith('…')).toBe(true);
    expect(shorten('😀'.repeat(5), 3)).toBe('😀😀…');
  });
});

describe('checklist order', () => {
  it('gives added entries a rank after the last, so every device shows the same order', () => {
    const item = makeItem({ title: 'X' });
    const added = upsertChecklistEntry(
      item,
      { id: 'aaa-first-by-id', label: 'Video schneiden', done: false, deleted: false },
      NOW,
      stamper(),
    );
    expect(sortChecklist(added.checklist).map((e) => e.label)).toEqual([
      'Text',
      'Bild',
      'Bildrechte geklärt',
      'Freigabe Fachbereich',
      'Video schneiden',
    ]);
  });
});
