import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareInColumn,
  dropSiblings,
  dueState,
  EMPTY_FILTER,
  groupIntoColumns,
  itemMatcher,
  visibleCards,
  visibleInColumn,
} from '../../src/domain/board';
import { compareRanked } from '../../src/domain/rank';
import { makeItem } from './fixtures';

describe('board filters', () => {
  const water = makeItem(
    { title: 'Wasserampel steht auf Gelb', channelIds: ['channel-instagram'], assigneeId: 'anna' },
    { department: 'Stadtwerke' },
  );
  const gas = makeItem({ title: 'Gasleck Lindenstraße', urgent: true, channelIds: ['channel-facebook'] });
  const podcast = makeItem({ title: 'Podcast Folge 12', brief: 'Gast: Kämmerin zur GRUNDSTEUER' });
  const archived = makeItem({ title: 'Altes Stadtfest' }, { archived: true });
  const deleted = makeItem({ title: 'Gelöscht' }, { deleted: true });
  const all = [water, gas, podcast, archived, deleted];
  const titles = (filter: Partial<typeof EMPTY_FILTER>) =>
    all.filter(itemMatcher({ ...EMPTY_FILTER, ...filter })).map((i) => i.title);

  it('shows everything live and hides tombstones and the archive by default', () => {
    expect(titles({})).toEqual([water.title, gas.title, podcast.title]);
    expect(titles({ showArchived: true })).toContain(archived.title);
  });

  it('filters by channel, assignee, urgency and text (case-insensitive, in brief and department too)', () => {
    expect(titles({ channelIds: ['channel-facebook'] })).toEqual([gas.title]);
    expect(titles({ assigneeId: 'anna' })).toEqual([water.title]);
    expect(titles({ assigneeId: 'none' })).toEqual([gas.title, podcast.title]);
    expect(titles({ urgentOnly: true })).toEqual([gas.title]);
    expect(titles({ text: 'grundsteuer' })).toEqual([podcast.title]);
    expect(titles({ text: 'stadtwerke' })).toEqual([water.title]);
    expect(titles({ text: '  ' })).toHaveLength(3);
  });

  it('groups into columns with urgent items first, then by rank', () => {
    const a = makeItem({ title: 'A', column: 'entwurf', rank: 'a1' });
    const b = makeItem({ title: 'B', column: 'entwurf', rank: 'a0' });
    const urgent = makeItem({ title: 'U', column: 'entwurf', rank: 'a9', urgent: true });
    const columns = groupIntoColumns([a, b, urgent], EMPTY_FILTER);
    expect(columns.entwurf.map((i) => i.title)).toEqual(['U', 'B', 'A']);
    expect(columns.idee).toEqual([]);
  });

  it('a drop position counts only cards of the same urgency', () => {
    const u1 = makeItem({ title: 'U1', urgent: true, rank: 'a0' });
    const n1 = makeItem({ title: 'N1', rank: 'a0' });
    const n2 = makeItem({ title: 'N2', rank: 'a1' });
    const moved = makeItem({ title: 'M', rank: 'a5' });
    // Dropped at display index 2 (between N1 and N2) → index 1 among the non-urgent siblings.
    const { siblings, index } = dropSiblings([u1, n1, n2], moved, 2);
    expect(siblings.map((i) => i.title)).toEqual(['N1', 'N2']);
    expect(index).toBe(1);
  });
});

describe('due state', () => {
  const today = '2026-11-25';
  it('says overdue, today, soon or nothing, and never for published items', () => {
    expect(dueState(makeItem({ title: 'x', publishDate: '2026-11-24' }), today)).toBe('overdue');
    expect(dueState(makeItem({ title: 'x', publishDate: today }), today)).toBe('today');
    expect(dueState(makeItem({ title: 'x', publishDate: '2026-11-28' }), today)).toBe('soon');
    expect(dueState(makeItem({ title: 'x', publishDate: '2026-12-20' }), today)).toBeNull();
    expect(dueState(makeItem({ title: 'x' }), today)).toBeNull();
    expect(
      dueState(makeItem({ title: 'x', publishDate: '2026-11-01', column: 'veroeffentlicht' }), today),
    ).toBeNull();
  });
});

describe('a column searched as one text', () => {
  const letters = fc.constantFrom('a', 'b', 'Ä', 'ä', 'ß', ' ', '\n', 'Gas', 'leck');
  const text = fc.array(letters, { maxLength: 6 }).map((parts) => parts.join(''));

  it('shows the same cards as the item-by-item filter, whatever the texts, order and other criteria', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: text,
            brief: text,
            notes: text,
            urgent: fc.boolean(),
            archived: fc.boolean(),
            rank: fc.constantFrom('a0', 'a1', 'a2'),
          }),
          { maxLength: 25 },
        ),
        text,
        fc.boolean(),
        fc.boolean(),
        (rows, needle, urgentOnly, inRankOrder) => {
          const items = rows.map(({ title, brief, urgent, notes, archived, rank }) =>
            makeItem({ title, brief, urgent, rank }, { notes, archived }),
          );
          if (inRankOrder) items.sort(compareRanked);
          const filter = { ...EMPTY_FILTER, text: needle, urgentOnly };
          expect(visibleCards(items, filter)).toEqual(visibleInColumn(items, itemMatcher(filter)));
        },
      ),
    );
  });

  it('never matches a word made of the end of one card and the start of the next', () => {
    const items = [makeItem({ title: 'Achtung Gas' }), makeItem({ title: 'leck in der Lindenstraße' })];
    const filter = (text: string) => visibleCards(items, { ...EMPTY_FILTER, text });
    expect(filter('gasleck')).toEqual([]);
    expect(filter('achtung')).toEqual([items[0]]);
    expect(filter('straße')).toEqual([items[1]]);
    expect(filter('a')).toEqual(items);
  });
});

describe('the cards a column shows', () => {
  const cards = fc.array(
    fc.record({
      rank: fc.constantFrom('a0', 'a1', 'a2', 'b0'),
      urgent: fc.boolean(),
      title: fc.constantFrom('Kita', 'Radweg', 'Grundsteuer'),
      id: fc.constantFrom('id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6'),
    }),
    { maxLength: 30 },
  );

  it('are the matching cards, urgent first, then by rank — whether the column came in rank order or not', () => {
    fc.assert(
      fc.property(cards, fc.boolean(), fc.constantFrom('', 'kita', 'rad'), (rows, inRankOrder, text) => {
        const items = rows.map(({ rank, urgent, title, id }) => makeItem({ rank, urgent, title }, { id }));
        if (inRankOrder) items.sort(compareRanked);
        const matches = itemMatcher({ ...EMPTY_FILTER, text });
        expect(visibleInColumn(items, matches)).toEqual([...items].filter(matches).sort(compareInColumn));
      }),
    );
  });
});
