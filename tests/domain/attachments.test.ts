import { describe, expect, it } from 'vitest';
import { addAttachment, changeAttachment, mergeAttachments } from '../../src/domain/attachmentEdits';
import { firstImage, liveAttachments } from '../../src/domain/attachments';
import { mergeItem } from '../../src/domain/merge';
import { makeItem, stamper } from './fixtures';

const file = (id: string, hash = `h-${id}`, type = 'image/jpeg') => ({
  id,
  hash,
  name: `${id}.jpg`,
  type,
  size: 3,
});

describe('attachment records', () => {
  it('keep a photo attached twice to one item once', () => {
    const stamp = stamper();
    const once = addAttachment(makeItem({ title: 'A' }), file('a', 'same'), 1, stamp);
    const twice = addAttachment(once, file('b', 'same'), 2, stamp);
    expect(liveAttachments(twice).map((a) => a.id)).toEqual(['a']);
  });

  it('read rows from before attachments as having none', () => {
    const old = makeItem({ title: 'Alt' });
    delete old.attachments;
    expect(liveAttachments(old)).toEqual([]);
    expect(addAttachment(old, file('a'), 1, stamper()).attachments).toHaveLength(1);
  });

  it('show the first raster image on the card, never an SVG or PDF', () => {
    const stamp = stamper();
    let item = addAttachment(makeItem({ title: 'A' }), file('svg', 'h1', 'image/svg+xml'), 1, stamp);
    item = addAttachment(item, file('pdf', 'h2', 'application/pdf'), 2, stamp);
    expect(firstImage(item)).toBeUndefined();
    item = addAttachment(item, file('photo', 'h3'), 3, stamp);
    expect(firstImage(item)?.id).toBe('photo');
  });

  it('return null when a change changes nothing, so nothing is stamped', () => {
    const item = addAttachment(makeItem({ title: 'A' }), file('a'), 1, stamper());
    expect(changeAttachment(item, 'a', { creator: '' }, 2, stamper())).toBeNull();
    expect(changeAttachment(item, 'missing', { creator: 'x' }, 2, stamper())).toBeNull();
  });
});

describe('attachment merge', () => {
  const base = addAttachment(makeItem({ title: 'A' }), file('a'), 1, stamper('base'));
  const left = changeAttachment(base, 'a', { creator: 'Links' }, 2, stamper('z-late'))!;
  const right = addAttachment(
    changeAttachment(base, 'a', { deleted: true }, 2, stamper('a-early'))!,
    file('b'),
    3,
    stamper('b'),
  );

  it('merges per entry: the later entry wins, entries on one side are kept', () => {
    const merged = mergeItem(left, right);
    expect(merged.attachments!.map((a) => [a.id, a.creator, a.deleted])).toEqual([
      ['a', 'Links', false],
      ['b', '', false],
    ]);
  });

  it('is commutative, associative and idempotent', () => {
    const [x, y, z] = [left.attachments!, right.attachments!, base.attachments!];
    expect(mergeAttachments(x, y)).toEqual(mergeAttachments(y, x));
    expect(mergeAttachments(mergeAttachments(x, y), z)).toEqual(mergeAttachments(x, mergeAttachments(y, z)));
    expect(mergeAttachments(x, x)).toEqual(mergeAttachments(x, []));
  });

  it('leaves items from before attachments without the field', () => {
    const a = makeItem({ title: 'A' });
    delete a.attachments;
    expect('attachments' in mergeItem(a, a)).toBe(false);
  });
});
