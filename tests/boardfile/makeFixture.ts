// Builds a small, realistic board in the current format (used to (re)create the version fixture).
import { toBoardFile } from '../../src/boardfile/serialize';
import type { BoardRecords } from '../../src/domain/merge';
import type { Channel } from '../../src/domain/types';
import { makeItem } from '../domain/fixtures';

export function sampleBoard(): BoardRecords {
  const at = '2026-11-25T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
  const instagram: Channel = {
    id: 'channel-instagram',
    name: 'Instagram',
    color: '#b3246b',
    weeklyTarget: 7,
    retired: false,
    visual: true,
    rank: 'a0',
    deleted: false,
    clocks: { name: at, color: at, weeklyTarget: at, retired: at, visual: at, rank: at, deleted: at },
  };
  return {
    items: [
      makeItem(
        { title: 'Wasserampel steht auf Gelb', channelIds: ['channel-instagram'], publishDate: '2026-12-01' },
        { id: 'item-1' },
      ),
      makeItem({ title: '<script>alert(1)</script> bleibt Text', column: 'entwurf' }, { id: 'item-2' }),
    ],
    channels: [instagram],
    members: [
      {
        id: 'member-1',
        name: 'Anna Becker',
        retired: false,
        rank: 'a0',
        deleted: false,
        clocks: { name: at, retired: at, rank: at, deleted: at },
      },
    ],
  };
}

export function sampleFile() {
  return toBoardFile(sampleBoard(), {
    deviceId: 'aaaaaaaaaaaaaaaa',
    exportedAt: new Date('2026-11-25T09:00:00Z'),
    boardName: 'Pressestelle Musterstadt',
  });
}
