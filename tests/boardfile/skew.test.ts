// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clampFutureStamps } from '../../src/boardfile/skew';
import { formatHlc, MAX_DRIFT_MS } from '../../src/domain/hlc';
import type { BoardRecords } from '../../src/domain/merge';
import { makeItem } from '../domain/fixtures';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const at = (millis: number, node = 'kollegin', counter = 3) => formatHlc({ millis, counter, node });
const FAR = Date.parse('2030-01-01T00:00:00Z');

function boardWith(notesStamp: string, checkStamp: string): BoardRecords {
  const item = makeItem({ title: 'Gasleck' });
  return {
    items: [
      {
        ...item,
        clocks: { ...item.clocks, notes: notesStamp },
        checklist: item.checklist.map((e) => ({ ...e, clock: checkStamp })),
      },
    ],
    channels: [],
    members: [],
  };
}

describe('stamps from a clock far in the future', () => {
  it('are clamped to now, keeping device and counter, and reported per device', () => {
    const { records, newClamps, skewed } = clampFutureStamps(boardWith(at(FAR), at(FAR + 5)), NOW, {});
    const item = records.items[0]!;
    expect(item.clocks.notes).toBe(at(NOW));
    expect(item.checklist[0]!.clock).toBe(at(NOW));
    expect(newClamps).toEqual({ [at(FAR)]: at(NOW), [at(FAR + 5)]: at(NOW) });
    expect(skewed).toEqual([{ device: 'kollegin', count: 2, latest: FAR + 5 }]);
  });

  it('leave stamps up to a day ahead alone (ordinary drift between laptops)', () => {
    const near = at(NOW + MAX_DRIFT_MS);
    const board = boardWith(near, near);
    const { records, newClamps, skewed } = clampFutureStamps(board, NOW, {});
    expect(records).toEqual(board);
    expect(newClamps).toEqual({});
    expect(skewed).toEqual([]);
  });

  it('clamp a stamp seen before to the same stamp on any later day (re-import is idempotent)', () => {
    // Two days ahead: clamped today; three days later it would no longer count as "future".
    const file = boardWith(at(NOW + 2 * MAX_DRIFT_MS), at(NOW - 1000));
    const first = clampFutureStamps(file, NOW, {});
    const later = NOW + 3 * MAX_DRIFT_MS;
    const again = clampFutureStamps(file, later, first.newClamps);
    expect(again.records).toEqual(first.records);
    expect(again.newClamps).toEqual({});
    expect(again.skewed).toEqual([]);
  });
});
