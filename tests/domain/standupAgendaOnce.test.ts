// Each item is listed once in the stand-up (issue 16: four items showed in two sections): in the first
// section it belongs to (Heute, Fehlt noch, Schieben, Neu), carrying what the later ones would have said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../../src/domain/columns';
import {
  buildStandupAgenda,
  collectAgendaSections,
  type AgendaInput,
  type StandupAgenda,
} from '../../src/domain/standupAgenda';
import type { Item } from '../../src/domain/types';
import { makeChannel, makeItem } from './fixtures';

const website = makeChannel('Website', 0);
const instagram = makeChannel('Instagram', 0, { visual: true });
const CHANNELS = [website, instagram];
// Wednesday 25.11.2026, 09:00 in Berlin.
const TODAY = '2026-11-25';
const NINE_AM = Date.parse('2026-11-25T08:00:00Z');

const input = (items: Item[], extra: Partial<AgendaInput> = {}): AgendaInput => ({
  items,
  channels: CHANNELS,
  today: TODAY,
  now: NINE_AM,
  lastStandup: null,
  bundesland: 'HE',
  ...extra,
});

function arrivedBrief(title: string, extra: Partial<Item>): Item {
  const item = makeItem({ title, column: 'themeninfo' }, extra);
  return { ...item, clocks: { ...item.clocks, position: '2026-11-25T07:00:00.000Z-0000-dev' } };
}

const SECTIONS = ['heute', 'fehlt', 'schieben', 'neu'] as const;
const idsOf = (agenda: StandupAgenda, section: (typeof SECTIONS)[number]) =>
  agenda[section].map((e) => e.item.id);

describe('one entry per item', () => {
  it('an unapproved post of today is in Heute only, with what is missing', () => {
    const item = makeItem({ title: 'Heute ohne Freigabe', column: 'entwurf', publishDate: TODAY });
    const agenda = buildStandupAgenda(input([item]));
    expect(idsOf(agenda, 'heute')).toEqual([item.id]);
    expect(agenda.fehlt).toEqual([]);
    expect(agenda.heute[0]!.missing.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['approval', 'channel', 'assignee', 'brief']),
    );
  });

  it('a post of today past its time is in Heute only, marked as past its time', () => {
    const item = makeItem({ title: '08:00', column: 'entwurf', publishDate: TODAY, publishTime: '08:00' });
    const agenda = buildStandupAgenda(input([item]));
    expect(idsOf(agenda, 'heute')).toEqual([item.id]);
    expect(agenda.schieben).toEqual([]);
    expect(agenda.heute[0]!.pastTime).toBe(true);
  });

  it('a new brief planned for tomorrow is in Fehlt noch, saying when it arrived', () => {
    const brief = arrivedBrief('Brief für morgen', { publishDate: '2026-11-26' });
    const agenda = buildStandupAgenda(input([brief]));
    expect(idsOf(agenda, 'fehlt')).toEqual([brief.id]);
    expect(agenda.neu).toEqual([]);
    expect(agenda.fehlt[0]!.arrivedAt).toBe(Date.parse('2026-11-25T07:00:00Z'));
  });

  it('a new brief already overdue is in Schieben, saying when it arrived', () => {
    const brief = arrivedBrief('Brief von gestern', { publishDate: '2026-11-24' });
    const agenda = buildStandupAgenda(input([brief]));
    expect(idsOf(agenda, 'schieben')).toEqual([brief.id]);
    expect(agenda.neu).toEqual([]);
    expect(agenda.schieben[0]!.arrivedAt).toBe(Date.parse('2026-11-25T07:00:00Z'));
  });

  it('a new brief without a date stays in Neu', () => {
    const brief = arrivedBrief('Brief ohne Datum', {});
    const agenda = buildStandupAgenda(input([brief]));
    expect(idsOf(agenda, 'neu')).toEqual([brief.id]);
  });
});

// Random boards around TODAY: every column, dates from three days ago to a week ahead, times before
// and after 09:00, gaps of every kind, briefs arriving before and after the last stand-up.
const itemArb = fc.record({
  column: fc.constantFrom(...COLUMN_IDS),
  day: fc.option(fc.integer({ min: -3, max: 7 }), { nil: null }),
  time: fc.constantFrom(null, '07:30', '08:59', '09:01', '17:00'),
  urgent: fc.boolean(),
  archived: fc.boolean(),
  deleted: fc.boolean(),
  channels: fc.subarray(['Website', 'Instagram']),
  assignee: fc.boolean(),
  brief: fc.boolean(),
  arrivedHoursAgo: fc.integer({ min: 0, max: 72 }),
});

function toItem(r: typeof itemArb extends fc.Arbitrary<infer T> ? T : never, index: number): Item {
  const date = r.day === null ? null : new Date(Date.parse(`${TODAY}T12:00:00Z`) + r.day * 86_400_000);
  const item = makeItem(
    {
      title: `Beitrag ${index}`,
      column: r.column,
      publishDate: date ? date.toISOString().slice(0, 10) : null,
      publishTime: date ? r.time : null,
      channelIds: r.channels,
      assigneeId: r.assignee ? 'anna' : null,
      brief: r.brief ? 'Worum es geht.' : '',
      urgent: r.urgent,
    },
    { archived: r.archived, deleted: r.deleted },
  );
  const arrived = new Date(NINE_AM - r.arrivedHoursAgo * 3_600_000).toISOString();
  return { ...item, clocks: { ...item.clocks, position: `${arrived}-0000-dev` } };
}

const boardArb = fc.array(itemArb, { maxLength: 40 }).map((rows) => rows.map(toItem));
const lastArb = fc.option(
  fc.integer({ min: 1, max: 48 }).map((h) => {
    const startedAt = NINE_AM - h * 3_600_000;
    return { startedAt, day: new Date(startedAt).toISOString().slice(0, 10) };
  }),
  { nil: null },
);

describe('property: listed once, in the first section, with every reason', () => {
  it('holds for random boards', () => {
    fc.assert(
      fc.property(boardArb, lastArb, (items, lastStandup) => {
        const raw = collectAgendaSections(input(items, { lastStandup }));
        const placed = buildStandupAgenda(input(items, { lastStandup }));
        const seen = new Map<string, (typeof SECTIONS)[number]>();
        for (const section of SECTIONS)
          for (const id of idsOf(placed, section)) {
            expect(seen.has(id), `${id} twice`).toBe(false);
            seen.set(id, section);
          }
        // Nothing is lost, and each item sits in the first section that listed it.
        const first = new Map<string, (typeof SECTIONS)[number]>();
        for (const section of SECTIONS)
          for (const id of idsOf(raw, section)) if (!first.has(id)) first.set(id, section);
        expect(seen).toEqual(first);
        // The order within a section is the section's own order.
        for (const section of SECTIONS)
          expect(idsOf(placed, section)).toEqual(
            idsOf(raw, section).filter((id) => seen.get(id) === section),
          );
        // Every reason the later sections gave travels with the entry.
        const entryOf = (id: string) =>
          [...placed.heute, ...placed.fehlt, ...placed.schieben, ...placed.neu].find(
            (e) => e.item.id === id,
          )!;
        for (const e of raw.fehlt) {
          const shown = entryOf(e.item.id);
          expect('reasons' in shown ? shown.reasons : 'missing' in shown ? shown.missing : []).toEqual(
            e.reasons,
          );
        }
        for (const e of raw.schieben) {
          const shown = entryOf(e.item.id);
          expect('daysLate' in shown || ('pastTime' in shown && shown.pastTime)).toBe(true);
        }
        for (const e of raw.neu) expect(entryOf(e.item.id).arrivedAt).toBe(e.arrivedAt);
        // Cadence and the section bounds are untouched.
        expect(placed.channelsBelowTarget).toEqual(raw.channelsBelowTarget);
        expect(placed.horizonEnd).toBe(raw.horizonEnd);
      }),
      { numRuns: 300 },
    );
  });
});
