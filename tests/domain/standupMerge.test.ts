// Stand-up records merge as whole records, last writer wins by clock; a deletion is a tombstone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc';
import { mergeBoards, mergeStandup, type BoardRecords } from '../../src/domain/merge';
import { makeStandup as standup } from './fixtures';
import { BASE_MS, DEVICES } from './itemEdits';

const recordArb = fc
  .record({
    id: fc.constantFrom('s1', 's2', 's3'),
    time: fc.nat(50),
    device: fc.constantFrom(...DEVICES),
    notes: fc.string({ maxLength: 6 }),
    deleted: fc.boolean(),
  })
  .map((r) =>
    standup(r.id, formatHlc({ millis: BASE_MS + r.time, counter: 0, node: r.device }), {
      notes: r.notes,
      deleted: r.deleted,
    }),
  );

/** A device's board: its latest version of each record it wrote. */
const boardArb = fc.array(recordArb, { maxLength: 6 }).map((records): BoardRecords => ({
  items: [],
  channels: [],
  members: [],
  standups: [...new Map(records.map((r) => [r.id, r])).values()],
}));

describe('stand-up records in a merge', () => {
  it('merge whole boards commutatively, associatively and idempotently', () => {
    fc.assert(
      fc.property(boardArb, boardArb, boardArb, (a, b, c) => {
        expect(mergeBoards(a, b)).toEqual(mergeBoards(b, a));
        expect(mergeBoards(mergeBoards(a, b), c)).toEqual(mergeBoards(a, mergeBoards(b, c)));
        const ab = mergeBoards(a, b);
        expect(mergeBoards(ab, ab)).toEqual(ab);
        expect(mergeBoards(ab, b)).toEqual(ab);
      }),
      { numRuns: 300 },
    );
  });

  it('the later write wins the whole record; a later deletion stays, an earlier one loses', () => {
    const at = (ms: number, node: string) => formatHlc({ millis: BASE_MS + ms, counter: 0, node });
    const amended = standup('s1', at(20, 'a'), { notes: 'Gasleck zuerst' });
    const deletedEarlier = standup('s1', at(10, 'b'), { deleted: true });
    const deletedLater = standup('s1', at(30, 'b'), { deleted: true });
    expect(mergeStandup(amended, deletedEarlier)).toEqual(amended);
    expect(mergeStandup(deletedLater, amended)).toEqual(deletedLater);
  });

  it('boards without stand-ups (older code, older files) merge as if they had none', () => {
    const a: BoardRecords = { items: [], channels: [], members: [] };
    const s = standup('s1', formatHlc({ millis: BASE_MS, counter: 0, node: 'a' }));
    expect(mergeBoards(a, { ...a, standups: [s] }).standups).toEqual([s]);
    expect(mergeBoards(a, a).standups).toEqual([]);
  });
});
