import { describe, expect, it } from 'vitest';
import {
  calendarRange,
  channelAbbreviation,
  groupByDay,
  rescheduleEdit,
  stepAnchor,
  stepDay,
  trayPage,
  weekNumber,
} from '../../src/domain/calendar';
import { applyItemEdit } from '../../src/domain/items';
import { makeItem, stamper } from './fixtures';

describe('calendar range', () => {
  it('shows Monday to Sunday in the week view, whatever day is the anchor', () => {
    const range = calendarRange('week', '2026-11-26');
    expect(range.days).toHaveLength(7);
    expect([range.from, range.to]).toEqual(['2026-11-23', '2026-11-29']);
    expect(weekNumber(range.from)).toBe(48);
  });

  it('shows whole weeks in the month view (November 2026 starts on a Sunday)', () => {
    const range = calendarRange('month', '2026-11-26');
    expect([range.from, range.to]).toEqual(['2026-10-26', '2026-12-06']);
    expect(range.days).toHaveLength(42);
  });

  it('steps by a week or by a month, across the year boundary', () => {
    expect(stepAnchor('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(weekNumber('2027-01-06')).toBe(1);
    expect(stepAnchor('month', '2026-12-30', 1)).toBe('2027-01-01');
    expect(stepAnchor('month', '2026-01-15', -1)).toBe('2025-12-01');
  });
});

describe('items by day', () => {
  const days = calendarRange('week', '2026-11-23').days;

  it('puts timed items first in time order, then untimed ones; urgent first at the same time', () => {
    const items = [
      makeItem({ title: 'Ohne Zeit', publishDate: '2026-11-24' }),
      makeItem({ title: 'Spät', publishDate: '2026-11-24', publishTime: '23:30' }),
      makeItem({ title: 'Früh', publishDate: '2026-11-24', publishTime: '07:00' }),
      makeItem({ title: 'B Früh', publishDate: '2026-11-24', publishTime: '07:00', urgent: true }),
    ];
    const byDay = groupByDay(items, days);
    expect(byDay.get('2026-11-24')!.map((i) => i.title)).toEqual(['B Früh', 'Früh', 'Spät', 'Ohne Zeit']);
    expect(byDay.get('2026-11-23')).toEqual([]);
  });

  it('leaves out deleted items, undated ones and dates outside the shown days (e.g. years away)', () => {
    const items = [
      makeItem({ title: 'Gelöscht', publishDate: '2026-11-24' }, { deleted: true }),
      makeItem({ title: 'Archiviert', publishDate: '2026-11-24' }, { archived: true }),
      makeItem({ title: 'Ohne Datum' }),
      makeItem({ title: '2031', publishDate: '2031-11-24' }),
    ];
    const byDay = groupByDay(items, days);
    expect([...byDay.values()].flat().map((i) => i.title)).toEqual(['Archiviert']);
  });
});

describe('rescheduling', () => {
  it('changes the date and keeps the time of day', () => {
    const item = makeItem({ title: 'Wochenvideo', publishDate: '2026-11-24', publishTime: '23:30' });
    const edit = rescheduleEdit(item, '2026-11-27')!;
    const moved = applyItemEdit(item, edit, Date.parse('2026-11-25T09:00:00Z'), stamper('b'))!;
    expect([moved.publishDate, moved.publishTime]).toEqual(['2026-11-27', '23:30']);
  });

  it('writes nothing when dropped on its own day', () => {
    const item = makeItem({ title: 'Wochenvideo', publishDate: '2026-11-24' });
    expect(rescheduleEdit(item, '2026-11-24')).toBeNull();
  });

  it('steps a day with ←/→ and a week with ↑/↓, never off the shown days', () => {
    const days = calendarRange('week', '2026-11-23').days;
    expect(stepDay('2026-11-24', 'ArrowRight', days)).toBe('2026-11-25');
    expect(stepDay('2026-11-24', 'ArrowLeft', days)).toBe('2026-11-23');
    expect(stepDay('2026-11-23', 'ArrowLeft', days)).toBe('2026-11-23');
    expect(stepDay('2026-11-24', 'ArrowDown', days)).toBe('2026-11-24');
    const month = calendarRange('month', '2026-11-01').days;
    expect(stepDay('2026-11-24', 'ArrowDown', month)).toBe('2026-12-01');
    expect(stepDay('2026-11-24', 'ArrowUp', month)).toBe('2026-11-17');
  });
});

describe('tray "Ohne Datum"', () => {
  it('holds undated items still to be planned, urgent and newest first, capped with a count of the rest', () => {
    const items = [
      makeItem({ title: 'Alt' }, { createdAt: 1 }),
      makeItem({ title: 'Neu' }, { createdAt: 3 }),
      makeItem({ title: 'Krise', urgent: true }, { createdAt: 2 }),
      makeItem({ title: 'Geplant', publishDate: '2026-11-24' }),
      makeItem({ title: 'Erledigt', column: 'veroeffentlicht' }),
      makeItem({ title: 'Archiviert' }, { archived: true }),
      makeItem({ title: 'Gelöscht' }, { deleted: true }),
    ];
    const page = trayPage(items, '', 2);
    expect(page.shown.map((i) => i.title)).toEqual(['Krise', 'Neu']);
    expect([page.more, page.total]).toEqual([1, 3]);
  });

  it('filters by title, ignoring case', () => {
    const items = [makeItem({ title: 'Wasserampel Juli' }), makeItem({ title: 'Stadtfest' })];
    expect(trayPage(items, 'wasser', 50).shown.map((i) => i.title)).toEqual(['Wasserampel Juli']);
  });
});

describe('channel abbreviation', () => {
  it('uses two letters, or initials of a compound name', () => {
    expect(channelAbbreviation('Instagram')).toBe('In');
    expect(channelAbbreviation('Jugend-Account')).toBe('JA');
  });
});
