// Odd data of the stand-up, through the real commands: nothing taken in a stand-up is ever lost.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeAbandonedStandup,
  endStandup,
  readDraft,
  recordStandupDecision,
  startStandup,
} from '../../../src/storage/standup/standupCommands';
import { readPastStandups } from '../../../src/storage/standup/standupQueries';
import { resetDb } from '../resetDb';

beforeEach(resetDb);

const decision = (itemId: string, detail: string) => ({
  itemId,
  itemTitle: itemId,
  kind: 'rescheduled' as const,
  detail,
});

describe('stand-up commands', () => {
  it('a stand-up left running overnight is saved as of its last activity when the next day opens', async () => {
    const monday = await startStandup('2026-11-23');
    await recordStandupDecision(monday.id, decision('a', 'auf 24.11.2026 gelegt'));
    const closed = await closeAbandonedStandup('2026-11-24');
    expect(closed).toMatchObject({ id: monday.id, day: '2026-11-23', endedAutomatically: true });
    expect(closed!.decisions.map((d) => d.detail)).toEqual(['auf 24.11.2026 gelegt']);
    expect(await readDraft()).toBeNull();
    // Starting the next day's stand-up after that is a new one.
    const tuesday = await startStandup('2026-11-24');
    expect(tuesday.id).not.toBe(monday.id);
    expect((await readPastStandups()).map((r) => r.day)).toEqual(['2026-11-23']);
  });

  it('two tabs ending the same stand-up save one record with both notes and every decision', async () => {
    const draft = await startStandup('2026-11-25');
    await recordStandupDecision(draft.id, decision('a', 'von Tab A'));
    await endStandup(draft.id, 'Notiz aus Tab A');
    // Tab B still shows the stand-up: its late decision and its end go into the saved record.
    await recordStandupDecision(draft.id, decision('b', 'von Tab B'));
    await endStandup(draft.id, 'Notiz aus Tab B');
    const saved = await readPastStandups();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.notes).toContain('Notiz aus Tab A');
    expect(saved[0]!.notes).toContain('Notiz aus Tab B');
    expect(saved[0]!.decisions.map((d) => d.detail)).toEqual(['von Tab A', 'von Tab B']);
  });
});
