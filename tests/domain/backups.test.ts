import { describe, expect, it } from 'vitest';
import {
  boardFingerprint,
  exportReminder,
  formatBytes,
  shouldTakeDailyBackup,
  snapshotsToDelete,
  type SnapshotInfo,
} from '../../src/domain/backups';
import type { BoardRecords } from '../../src/domain/merge';
import type { Item } from '../../src/domain/types';

const DAY = 24 * 60 * 60 * 1000;
// Local times: the rule speaks of the calendar day she sees.
const at = (day: number, hour = 10) => new Date(2026, 10, day, hour, 0).getTime();

const item = (id: string, stamp: string) =>
  ({ id, deleted: false, clocks: { title: stamp } }) as unknown as Item;
const board = (...items: Item[]): BoardRecords => ({ items, channels: [], members: [] });

describe('boardFingerprint', () => {
  it('changes with a newer stamp, an added record, and not otherwise', () => {
    const a = boardFingerprint(board(item('1', '0001')));
    expect(boardFingerprint(board(item('1', '0001')))).toBe(a);
    expect(boardFingerprint(board(item('1', '0002')))).not.toBe(a);
    expect(boardFingerprint(board(item('1', '0001'), item('2', '0000')))).not.toBe(a);
  });
});

describe('shouldTakeDailyBackup', () => {
  const last: SnapshotInfo = { id: 's', createdAt: at(24, 9), reason: 'daily', fingerprint: 'A' };

  it('takes the first one only when the board has items', () => {
    expect(shouldTakeDailyBackup(undefined, 'A', 0, at(24))).toBe(false);
    expect(shouldTakeDailyBackup(undefined, 'A', 3, at(24))).toBe(true);
  });

  it('takes at most one per calendar day, even after changes', () => {
    expect(shouldTakeDailyBackup(last, 'B', 3, at(24, 23))).toBe(false);
    expect(shouldTakeDailyBackup(last, 'B', 3, at(25, 0))).toBe(true);
  });

  it('takes none on a new day when nothing changed', () => {
    expect(shouldTakeDailyBackup(last, 'A', 3, at(30))).toBe(false);
  });
});

describe('snapshotsToDelete', () => {
  const many = (reason: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${reason}-${i}`, createdAt: at(1) + i * DAY, reason }));

  it('keeps the newest 14 daily snapshots and deletes the oldest', () => {
    expect(snapshotsToDelete(many('daily', 14))).toEqual([]);
    expect(snapshotsToDelete(many('daily', 16)).sort()).toEqual(['daily-0', 'daily-1']);
  });

  it('caps import snapshots at 10 on their own, without touching the daily ones', () => {
    const doomed = snapshotsToDelete([...many('daily', 14), ...many('import', 12)]);
    expect(doomed.sort()).toEqual(['import-0', 'import-1']);
  });

  it('caps restore snapshots at 10 and keeps unknown kinds', () => {
    expect(snapshotsToDelete([...many('restore', 11), ...many('other', 30)])).toEqual(['restore-0']);
  });
});

describe('exportReminder', () => {
  const now = at(25);

  it('reminds when never exported once the board has items, not for an empty board', () => {
    expect(exportReminder(undefined, now, 5)).toEqual({ due: true, daysAgo: null });
    expect(exportReminder(undefined, now, 0)).toEqual({ due: false });
    expect(exportReminder(now - 30 * DAY, now, 0)).toEqual({ due: false });
  });

  it('reminds only when the last export is older than 7 days', () => {
    expect(exportReminder(now - 7 * DAY, now, 5)).toEqual({ due: false });
    expect(exportReminder(now - 7 * DAY - 60_000, now, 5)).toEqual({ due: true, daysAgo: 7 });
    expect(exportReminder(now - 12 * DAY, now, 5)).toEqual({ due: true, daysAgo: 12 });
    expect(exportReminder(now - DAY, now, 5)).toEqual({ due: false });
  });
});

describe('formatBytes', () => {
  it('writes sizes German style', () => {
    expect(formatBytes(12_345_678, 'de-DE')).toBe('12,3 MB');
    expect(formatBytes(1_234_567_890, 'de-DE')).toBe('1,2 GB');
    expect(formatBytes(512, 'de-DE')).toBe('512 B');
    expect(formatBytes(1_500_000, 'en-GB')).toBe('1.5 MB');
  });
});
