import { describe, expect, it } from 'vitest';
import { COLUMN_IDS } from '../../src/domain/columns';
import { buildDemoBoard } from '../../src/domain/demoBoard';
import { DEFAULT_CHANNELS, DEFAULT_CHECKLIST_LABELS } from '../../src/domain/defaults';
import { isValidIsoDay, isValidTime } from '../../src/domain/validate';
import { defaultChannelId } from '../../src/storage/settings/seedDefaults';

const TODAY = '2026-11-25';

describe('buildDemoBoard', () => {
  const demo = buildDemoBoard(TODAY);

  it('has about forty items with titles, briefs and departments', () => {
    expect(demo.items.length).toBeGreaterThanOrEqual(35);
    expect(demo.items.length).toBeLessThanOrEqual(45);
    for (const item of demo.items) {
      expect(item.title.trim()).not.toBe('');
      expect(item.brief.trim().length).toBeGreaterThan(40);
      expect(item.department.trim()).not.toBe('');
      expect(item.contact.trim()).not.toBe('');
    }
    expect(new Set(demo.items.map((i) => i.title)).size).toBe(demo.items.length);
  });

  it('uses every column', () => {
    for (const column of COLUMN_IDS) expect(demo.items.some((i) => i.column === column)).toBe(true);
  });

  it('dates are relative to today: overdue, today, upcoming, undated and published in the past', () => {
    const open = demo.items.filter((i) => i.column !== 'veroeffentlicht');
    expect(open.some((i) => i.publishDate !== null && i.publishDate < TODAY)).toBe(true);
    expect(open.some((i) => i.publishDate === TODAY)).toBe(true);
    expect(open.some((i) => i.publishDate !== null && i.publishDate > '2026-12-05')).toBe(true);
    expect(open.some((i) => i.publishDate === null)).toBe(true);
    const published = demo.items.filter((i) => i.column === 'veroeffentlicht');
    expect(published.every((i) => i.publishDate !== null && i.publishDate < TODAY)).toBe(true);

    // Another day moves every date along with it.
    const later = buildDemoBoard('2027-03-01');
    expect(later.items.some((i) => i.publishDate === '2027-03-01')).toBe(true);
    expect(later.items.every((i) => i.publishDate === null || i.publishDate > '2027-01-01')).toBe(true);
  });

  it('writes only valid dates and times, and a time only with a date', () => {
    for (const item of demo.items) {
      if (item.publishDate !== null) expect(isValidIsoDay(item.publishDate)).toBe(true);
      if (item.publishTime != null) {
        expect(isValidTime(item.publishTime)).toBe(true);
        expect(item.publishDate).not.toBeNull();
      }
    }
  });

  it('only uses channel ids of the default channels', () => {
    const known = new Set(DEFAULT_CHANNELS.map((c) => defaultChannelId(c.key)));
    for (const item of demo.items) {
      expect(item.channelIds.length).toBeGreaterThan(0);
      for (const id of item.channelIds) expect(known).toContain(id);
    }
  });

  it('has three members, urgent crisis items, assignments and ticked checklist entries', () => {
    expect(demo.members.map((m) => m.name)).toEqual(['Anna Becker', 'Jonas Weber', 'Lea Schmidt']);
    const urgent = demo.items.filter((i) => i.urgent).map((i) => i.title);
    expect(urgent.some((t) => t.includes('Gasleck'))).toBe(true);
    expect(urgent.some((t) => t.includes('Geldautomat'))).toBe(true);
    const keys = new Set(demo.members.map((m) => m.key));
    for (const item of demo.items) if (item.assignee) expect(keys).toContain(item.assignee);
    expect(demo.items.some((i) => i.assignee === null)).toBe(true);
    for (const item of demo.items)
      for (const label of item.checklistDone) expect(DEFAULT_CHECKLIST_LABELS).toContain(label);
    expect(demo.items.some((i) => i.checklistDone.length > 0)).toBe(true);
  });

  it('names the week of the mayor video after the ISO week of its date', () => {
    const videos = demo.items.filter((i) => i.title.startsWith('Bürgermeister-Video KW'));
    expect(videos.length).toBeGreaterThanOrEqual(3);
    // 2026-11-25 is a Wednesday in ISO week 48.
    expect(videos.find((v) => v.publishDate === TODAY)?.title).toBe('Bürgermeister-Video KW 48');
  });

  it('refuses a day that is not yyyy-MM-dd', () => {
    expect(() => buildDemoBoard('25.11.2026')).toThrow();
  });
});
