import { describe, expect, it } from 'vitest';
import {
  arrivalTime,
  collectAgendaSections,
  previousWorkingDay,
  revealMore,
  SECTION_LIMIT,
  visibleEntries,
  type AgendaInput,
} from '../../src/domain/standupAgenda';
import type { Item } from '../../src/domain/types';
import { addAttachment, changeAttachment } from '../../src/domain/attachmentEdits';
import { makeChannel, makeItem, stamper } from './fixtures';

const instagram = makeChannel('Instagram', 7, { visual: true });
const website = makeChannel('Website', 0);
const linkedin = makeChannel('LinkedIn', 2);
const CHANNELS = [instagram, website, linkedin];

/** A complete, approved item: nothing missing unless a test takes it away. */
function ready(title: string, publishDate: string | null, extra: Partial<Item> = {}): Item {
  const item = makeItem(
    {
      title,
      column: 'freigegeben',
      publishDate,
      channelIds: ['Website'],
      assigneeId: 'anna',
      brief: 'Worum es geht.',
    },
    extra,
  );
  return { ...item, checklist: item.checklist.map((e) => ({ ...e, done: true })), ...extra };
}

// Wednesday 25.11.2026, 09:00 in Berlin (CET = UTC+1).
const WEDNESDAY = '2026-11-25';
const NINE_AM = Date.parse('2026-11-25T08:00:00Z');

// These tests pin which items each section concerns; that an item is then listed only once, in the
// first of them, is standupAgendaOnce.test.ts.
function agenda(items: Item[], overrides: Partial<AgendaInput> = {}) {
  return collectAgendaSections({
    items,
    channels: CHANNELS,
    today: WEDNESDAY,
    now: NINE_AM,
    lastStandup: null,
    bundesland: 'HE',
    ...overrides,
  });
}

const titles = (entries: { item: Item }[]) => entries.map((e) => e.item.title);

describe('Heute', () => {
  it('lists what publishes today: urgent first, then by time, untimed last; says whether approved', () => {
    const items = [
      ready('untimed', WEDNESDAY),
      ready('17:00', WEDNESDAY, { publishTime: '17:00', column: 'entwurf' }),
      ready('10:00', WEDNESDAY, { publishTime: '10:00' }),
      ready('urgent, late', WEDNESDAY, { publishTime: '20:00', urgent: true }),
      ready('published', WEDNESDAY, { publishTime: '08:00', column: 'veroeffentlicht' }),
      ready('tomorrow', '2026-11-26'),
      ready('deleted', WEDNESDAY, { deleted: true }),
    ];
    const heute = agenda(items).heute;
    expect(titles(heute)).toEqual(['urgent, late', 'published', '10:00', '17:00', 'untimed']);
    expect(heute.map((e) => e.approved)).toEqual([true, true, true, false, true]);
    expect(heute.find((e) => e.item.title === 'published')!.pastTime).toBe(false);
  });

  it('an item at 23:30 sorts after 17:00, stays due until 23:30 and is then to be moved', () => {
    const late = ready('23:30', WEDNESDAY, { publishTime: '23:30' });
    const early = ready('17:00', WEDNESDAY, { publishTime: '17:00' });
    const at2200 = agenda([late, early], { now: Date.parse('2026-11-25T21:00:00Z') });
    expect(titles(at2200.heute)).toEqual(['17:00', '23:30']);
    expect(titles(at2200.schieben)).toEqual(['17:00']);
    const at2331 = agenda([late, early], { now: Date.parse('2026-11-25T22:31:00Z') });
    expect(titles(at2331.schieben)).toEqual(['17:00', '23:30']);
    expect(at2331.heute.every((e) => e.pastTime)).toBe(true);
  });
});

describe('Schieben', () => {
  it('an item due Friday is overdue on Monday, latest due first, published/archived/undated never', () => {
    const monday = '2026-11-23';
    const items = [
      ready('Friday', '2026-11-20', { column: 'entwurf' }),
      ready('Thursday', '2026-11-19', { column: 'idee' }),
      ready('Friday published', '2026-11-20', { column: 'veroeffentlicht' }),
      ready('Friday archived', '2026-11-20', { archived: true }),
      ready('no date', null, { column: 'idee' }),
      ready('Monday untimed', monday),
    ];
    const result = agenda(items, { today: monday, now: Date.parse('2026-11-23T08:00:00Z') });
    expect(titles(result.schieben)).toEqual(['Friday', 'Thursday']);
    expect(result.schieben[0]!.daysLate).toBe(3);
  });

  it('uses Berlin summer time right after the switch to daylight-saving time (29.03.2026)', () => {
    // Monday 30.03.2026 06:30 UTC is 08:30 CEST (it would be 07:30 in winter time).
    const today = '2026-03-30';
    const items = [
      ready('08:00', today, { publishTime: '08:00' }),
      ready('09:00', today, { publishTime: '09:00' }),
    ];
    const result = agenda(items, { today, now: Date.parse('2026-03-30T06:30:00Z') });
    expect(titles(result.schieben)).toEqual(['08:00']);
    // On the night of the switch itself: 01:30 UTC is 03:30 CEST, so 03:00 has passed and 04:00 has not.
    const sunday = '2026-03-29';
    const night = [
      ready('03:00', sunday, { publishTime: '03:00' }),
      ready('04:00', sunday, { publishTime: '04:00' }),
    ];
    expect(
      titles(agenda(night, { today: sunday, now: Date.parse('2026-03-29T01:30:00Z') }).schieben),
    ).toEqual(['03:00']);
  });
});

describe('Fehlt noch', () => {
  it('checks today plus the next 3 working days; a weekend between counts, the day after does not', () => {
    // Friday 27.11.2026: horizon is Fri … Wed 02.12. (Mon, Tue, Wed are the 3 working days).
    const friday = '2026-11-27';
    const items = [
      ready('today draft', friday, { column: 'entwurf' }),
      ready('saturday draft', '2026-11-28', { column: 'entwurf' }),
      ready('wednesday draft', '2026-12-02', { column: 'themeninfo' }),
      ready('thursday draft', '2026-12-03', { column: 'entwurf' }),
      ready('approved', '2026-11-30'),
      ready('years away', '2031-05-01', { column: 'idee', channelIds: [] }),
      ready('no date', null, { column: 'idee', channelIds: [] }),
    ];
    const result = agenda(items, { today: friday, now: Date.parse('2026-11-27T08:00:00Z') });
    expect(result.horizonWorkingDays).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(result.horizonEnd).toBe('2026-12-02');
    expect(titles(result.fehlt)).toEqual(['today draft', 'saturday draft', 'wednesday draft']);
    expect(result.fehlt[2]!.reasons).toEqual([{ kind: 'approval', column: 'themeninfo' }]);
  });

  it('skips the Bundesland holidays: Easter in Hessen, Fronleichnam in Hessen but not Niedersachsen', () => {
    // Thursday before Easter: Karfreitag, the weekend and Ostermontag are skipped.
    const easter = agenda([ready('09.04.', '2026-04-09', { column: 'entwurf' })], {
      today: '2026-04-02',
      now: Date.parse('2026-04-02T07:00:00Z'),
    });
    expect(easter.horizonWorkingDays).toEqual(['2026-04-07', '2026-04-08', '2026-04-09']);
    expect(titles(easter.fehlt)).toEqual(['09.04.']);

    const tuesday = ready('Dienstag', '2026-06-09', { column: 'entwurf' });
    const input = { today: '2026-06-03', now: Date.parse('2026-06-03T07:00:00Z') };
    expect(titles(agenda([tuesday], { ...input, bundesland: 'HE' }).fehlt)).toEqual(['Dienstag']);
    expect(titles(agenda([tuesday], { ...input, bundesland: 'NI' }).fehlt)).toEqual([]);
  });

  it('names what is missing: channel, assignee, brief text, image and image rights on visual channels', () => {
    const bare = makeItem({ title: 'bare', column: 'freigegeben', publishDate: '2026-11-26' });
    const visual = ready('visual', '2026-11-26', { channelIds: ['Instagram', 'Website'] });
    const noImage = {
      ...visual,
      checklist: visual.checklist.map((e) => (e.label === 'Text' ? e : { ...e, done: false })),
    };
    const noImageNoVisual = { ...noImage, id: 'x', title: 'not visual', channelIds: ['Website'] };
    const result = agenda([bare, noImage, noImageNoVisual]);
    expect(result.fehlt.map((e) => [e.item.title, e.reasons])).toEqual([
      ['bare', [{ kind: 'channel' }, { kind: 'assignee' }, { kind: 'brief' }]],
      [
        'visual',
        [
          { kind: 'image', channels: ['Instagram'] },
          { kind: 'imageRights', channels: ['Instagram'] },
        ],
      ],
    ]);
  });

  it('an attached image counts as the image, and its recorded rights decide the image rights', () => {
    const visual = ready('photo', '2026-11-26', { channelIds: ['Instagram'] });
    const unticked = {
      ...visual,
      checklist: visual.checklist.map((e) => (e.label === 'Text' ? e : { ...e, done: false })),
    };
    const stamp = stamper('standup-image');
    const file = { id: 'a1', hash: 'h1', name: 'rathaus.jpg', type: 'image/jpeg', size: 10 };
    const withPhoto = addAttachment(unticked, file, 1, stamp);
    // Image there, rights not yet recorded: only the rights are missing.
    expect(agenda([withPhoto]).fehlt.map((e) => e.reasons)).toEqual([
      [{ kind: 'imageRights', channels: ['Instagram'] }],
    ]);
    const cleared = changeAttachment(
      withPhoto,
      'a1',
      { creator: 'Stadt', usage: 'cityStaff', peopleRecognisable: false, minorsShown: false },
      2,
      stamp,
    )!;
    // Everything recorded: nothing missing although both checklist entries are unticked.
    expect(agenda([cleared]).fehlt).toEqual([]);
  });

  it('a retired channel is named, a deleted one counts as no channel', () => {
    const tiktok = makeChannel('TikTok', 3, { retired: true, visual: true });
    const gone = makeChannel('Gone', 1, { deleted: true });
    const items = [
      ready('retired', '2026-11-26', { channelIds: ['TikTok'] }),
      ready('deleted channel', '2026-11-26', { channelIds: ['Gone'] }),
    ];
    const result = agenda(items, { channels: [...CHANNELS, tiktok, gone] });
    expect(result.fehlt.map((e) => [e.item.title, e.reasons])).toEqual([
      ['deleted channel', [{ kind: 'channel' }]],
      ['retired', [{ kind: 'retiredChannel', channels: ['TikTok'] }]],
    ]);
    // A retired channel has no target, so it is never "below target".
    expect(result.channelsBelowTarget.map((r) => r.channel.id)).not.toContain('TikTok');
  });

  it('lists channels below their weekly target ("Instagram: 2 von 7"); a target of 0 never', () => {
    const items = [
      ready('Mo', '2026-11-23', { channelIds: ['Instagram', 'LinkedIn'] }),
      ready('Mo2', '2026-11-23', { channelIds: ['LinkedIn'] }),
      ready('So', '2026-11-29', { channelIds: ['Instagram'] }),
    ];
    // The same item read twice (date range and column) counts once.
    const rows = agenda([...items, items[0]!]).channelsBelowTarget;
    expect(rows.map((r) => [r.channel.id, r.planned, r.target])).toEqual([['Instagram', 2, 7]]);
  });
});

describe('Neu', () => {
  const arrived = (title: string, iso: string, extra: Partial<Item> = {}) => {
    const item = makeItem({ title, column: 'themeninfo' }, extra);
    return { ...item, clocks: { ...item.clocks, position: `${iso}-0000-dev` } };
  };

  it('shows briefs that arrived after the last stand-up started, urgent first', () => {
    const items = [
      arrived('before', '2026-11-24T07:59:00.000Z'),
      arrived('after', '2026-11-24T09:00:00.000Z'),
      arrived('urgent after', '2026-11-25T07:00:00.000Z', { urgent: true }),
      arrived('archived', '2026-11-25T07:00:00.000Z', { archived: true }),
      { ...arrived('draft now', '2026-11-25T07:00:00.000Z'), column: 'entwurf' as const },
    ];
    const last = { startedAt: Date.parse('2026-11-24T08:00:00Z'), day: '2026-11-24' };
    const result = agenda(items, { lastStandup: last });
    expect(titles(result.neu)).toEqual(['urgent after', 'after']);
    expect(result.neuSince).toEqual({ kind: 'lastStandup', startedAt: last.startedAt, day: '2026-11-24' });
  });

  it('without a previous stand-up assumes "since the previous working day" (Monday → Friday, Berlin day)', () => {
    const monday = '2026-03-30';
    const items = [
      // 26.03. 23:30 in Berlin: Thursday, too old.
      arrived('thursday night', '2026-03-26T22:30:00.000Z'),
      // 27.03. 00:30 in Berlin: Friday.
      arrived('friday early', '2026-03-26T23:30:00.000Z'),
    ];
    const result = agenda(items, { today: monday, now: Date.parse('2026-03-30T06:00:00Z') });
    expect(result.neuSince).toEqual({ kind: 'assumedPreviousWorkingDay', day: '2026-03-27' });
    expect(titles(result.neu)).toEqual(['friday early']);
  });

  it('arrival falls back to createdAt without a readable position clock', () => {
    const item = makeItem({ title: 'old row', column: 'themeninfo' }, { createdAt: 1234 });
    expect(arrivalTime({ ...item, clocks: {} })).toBe(1234);
  });

  it('the previous working day skips weekends and holidays', () => {
    expect(previousWorkingDay('2026-11-23', 'HE')).toBe('2026-11-20');
    expect(previousWorkingDay('2026-04-07', 'HE')).toBe('2026-04-02');
  });
});

describe('long sections', () => {
  it('Schieben puts urgent first, then the latest slip; a five-year backlog shows 20 and counts the rest', () => {
    const monday = '2026-11-23';
    const backlog = Array.from({ length: 400 }, (_, i) =>
      ready(`old ${i}`, `2022-0${1 + (i % 9)}-1${i % 10}`, { column: 'entwurf' }),
    );
    const items = [
      ...backlog,
      ready('yesterday', '2026-11-22', { column: 'idee' }),
      ready('urgent from 2023', '2023-05-05', { column: 'entwurf', urgent: true }),
    ];
    const result = agenda(items, { today: monday, now: Date.parse('2026-11-23T08:00:00Z') });
    expect(result.schieben).toHaveLength(402);
    const first = visibleEntries(result.schieben, SECTION_LIMIT);
    expect(first.shown).toHaveLength(20);
    expect(first.hidden).toBe(382);
    expect(titles(first.shown).slice(0, 2)).toEqual(['urgent from 2023', 'yesterday']);
  });

  it('Fehlt noch puts urgent first, then the soonest', () => {
    const items = [
      ready('Friday', '2026-11-27', { column: 'entwurf' }),
      ready('today', WEDNESDAY, { column: 'entwurf' }),
      ready('urgent Friday', '2026-11-27', { column: 'entwurf', urgent: true }),
    ];
    expect(titles(agenda(items).fehlt)).toEqual(['urgent Friday', 'today', 'Friday']);
  });

  it('reveals 50 more at a time, never past the end; a short section shows everything', () => {
    expect(revealMore(20, 402)).toBe(70);
    expect(revealMore(370, 402)).toBe(402);
    expect(visibleEntries([1, 2, 3], SECTION_LIMIT)).toEqual({ shown: [1, 2, 3], hidden: 0 });
    expect(visibleEntries([1, 2, 3], 2)).toEqual({ shown: [1, 2], hidden: 1 });
  });
});
