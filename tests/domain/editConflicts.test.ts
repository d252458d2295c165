import { describe, expect, it } from 'vitest';
import { basisAfter, EDIT_FIELDS, editConflicts } from '../../src/domain/editConflicts';
import { applyItemEdit } from '../../src/domain/items';
import type { Item, ItemEdit } from '../../src/domain/types';
import { makeItem, stamper } from './fixtures';

const NOW = Date.parse('2026-11-26T09:00:00Z');
/** The other tab: a device of its own stamps, later than the fixture's. */
const otherTab = stamper('other');

function changedElsewhere(item: Item, edit: ItemEdit): Item {
  return applyItemEdit(item, edit, NOW, otherTab)!;
}

describe('editConflicts', () => {
  const opened = makeItem({ title: 'Wasserampel', brief: 'Gelb', notes: '' });

  it('nothing changed elsewhere: no conflict, whatever she changed', () => {
    expect(editConflicts(opened.clocks, opened, { title: 'Wasserampel Rot', brief: 'Rot' })).toEqual([]);
  });

  it('a field both changed, to different values, is a conflict carrying their value and clock', () => {
    const stored = changedElsewhere(opened, { title: 'Wasserampel Gelb', brief: 'Abends gießen' });
    const conflicts = editConflicts(opened.clocks, stored, { title: 'Wasserampel Rot', notes: 'Presse' });
    expect(conflicts).toEqual([{ field: 'title', theirs: 'Wasserampel Gelb', clock: stored.clocks.title }]);
  });

  it('a field only the other side changed is no conflict: the save leaves it alone', () => {
    const stored = changedElsewhere(opened, { department: 'Bürgerservice' });
    expect(editConflicts(opened.clocks, stored, { contact: 'Frau Yılmaz' })).toEqual([]);
  });

  it('both sides reaching the same value is no conflict (channels compared as a set, titles trimmed)', () => {
    const stored = changedElsewhere(opened, { title: 'Neu', channelIds: ['ig', 'fb'] });
    expect(editConflicts(opened.clocks, stored, { title: ' Neu ', channelIds: ['fb', 'ig'] })).toEqual([]);
  });

  it('lists conflicts in the form’s order', () => {
    const stored = changedElsewhere(opened, { notes: 'N', urgent: true, title: 'T', brief: 'B' });
    const conflicts = editConflicts(opened.clocks, stored, {
      notes: 'n',
      urgent: false,
      brief: 'b',
      title: 't',
    });
    expect(conflicts.map((c) => c.field)).toEqual(['title', 'brief', 'urgent', 'notes']);
  });

  it('after she has seen their clocks, the same save is no conflict; a further change is one again', () => {
    const stored = changedElsewhere(opened, { title: 'Gelb' });
    const conflicts = editConflicts(opened.clocks, stored, { title: 'Rot' });
    const basis = basisAfter(opened.clocks, conflicts);
    expect(editConflicts(basis, stored, { title: 'Rot' })).toEqual([]);
    const again = changedElsewhere(stored, { title: 'Grün' });
    expect(editConflicts(basis, again, { title: 'Rot' }).map((c) => c.field)).toEqual(['title']);
  });

  it('a field without a clock on either side (an old row) is no conflict', () => {
    const old: Item = { ...opened, clocks: {} };
    expect(editConflicts({}, old, { title: 'Neu' })).toEqual([]);
  });

  it('covers every field the editor can change', () => {
    const edit: ItemEdit = {
      title: 'a',
      brief: 'a',
      department: 'a',
      contact: 'a',
      channelIds: ['a'],
      publishDate: '2026-12-01',
      publishTime: '09:00',
      assigneeId: 'a',
      urgent: true,
      notes: 'a',
    };
    expect(Object.keys(edit).sort()).toEqual([...EDIT_FIELDS].sort());
    const stored = changedElsewhere(opened, {
      title: 'b',
      brief: 'b',
      department: 'b',
      contact: 'b',
      channelIds: ['b'],
      publishDate: '2026-12-02',
      publishTime: '10:00',
      assigneeId: 'b',
      urgent: true,
      notes: 'b',
    });
    // urgent: both set it to true, so it agrees.
    expect(editConflicts(opened.clocks, stored, edit).map((c) => c.field)).toEqual(
      EDIT_FIELDS.filter((f) => f !== 'urgent'),
    );
  });
});
