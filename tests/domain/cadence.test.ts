import { describe, expect, it } from 'vitest';
import { channelsBelowTarget, weeklyCadence } from '../../src/domain/cadence';
import { makeChannel, makeItem } from './fixtures';

const instagram = makeChannel('Instagram', 7);
const linkedin = makeChannel('LinkedIn', 2);
const podcast = makeChannel('Podcast', 0);

describe('weekly cadence', () => {
  it('counts planned posts per channel in the Monday–Sunday week of the given day', () => {
    const items = [
      makeItem({ title: 'Mo', channelIds: ['Instagram', 'LinkedIn'], publishDate: '2026-11-23' }),
      makeItem({ title: 'So', channelIds: ['Instagram'], publishDate: '2026-11-29' }),
      makeItem({ title: 'next Mo', channelIds: ['Instagram'], publishDate: '2026-11-30' }),
      makeItem({ title: 'prev So', channelIds: ['Instagram'], publishDate: '2026-11-22' }),
      makeItem({ title: 'no date', channelIds: ['Instagram'] }),
    ];
    const rows = weeklyCadence(items, [instagram, linkedin, podcast], '2026-11-25');
    expect(rows.map((r) => [r.channel.id, r.planned, r.target, r.missing])).toEqual([
      ['Instagram', 2, 7, 5],
      ['LinkedIn', 1, 2, 1],
      ['Podcast', 0, 0, 0],
    ]);
  });

  it('a channel with target 0 is never reported as missing posts', () => {
    const rows = weeklyCadence([], [podcast, instagram], '2026-11-25');
    expect(channelsBelowTarget(rows).map((r) => r.channel.id)).toEqual(['Instagram']);
  });

  it('ignores deleted items, counts archived ones and a channel named twice on one item once', () => {
    const items = [
      makeItem({ title: 'gone', channelIds: ['LinkedIn'], publishDate: '2026-11-24' }, { deleted: true }),
      makeItem(
        { title: 'done', channelIds: ['LinkedIn', 'LinkedIn'], publishDate: '2026-11-24' },
        { archived: true },
      ),
    ];
    expect(weeklyCadence(items, [linkedin], '2026-11-25')[0]?.planned).toBe(1);
  });

  it('shows a retired channel only while something is still planned on it, without a target', () => {
    const retired = makeChannel('Alt', 3, { retired: true });
    expect(weeklyCadence([], [retired], '2026-11-25')).toEqual([]);
    const items = [makeItem({ title: 'old', channelIds: ['Alt'], publishDate: '2026-11-26' })];
    const [row] = weeklyCadence(items, [retired], '2026-11-25');
    expect([row?.planned, row?.target, row?.missing]).toEqual([1, 0, 0]);
  });
});
