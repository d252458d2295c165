// The stand-up's reads: only what the agenda needs, and still live — an overdue item that is
// published, rescheduled or moved back from Veröffentlicht shows up or leaves without a reload.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, moveItem, updateItem } from '../../../src/storage/items/itemCommands';
import { readAgendaData, type AgendaData } from '../../../src/storage/standup/standupQueries';
import { resetDb } from '../resetDb';

// A "today" far ahead of the clock (Wednesday 25.11.2099): every write here stamps an updatedAt before
// it, so only the past-dates observation (not the Neu read of recent changes) can make the read re-run.
const TODAY = '2099-11-25';
const HORIZON_END = '2099-11-30';
const PREVIOUS = '2099-11-24';

let stop: (() => void) | null = null;
beforeEach(resetDb);
afterEach(() => stop?.());

/** Subscribes like useLiveQuery does; `latest()` waits for the next result that passes `until`. */
function watchAgendaData() {
  let latest: AgendaData | undefined;
  const waiters: (() => void)[] = [];
  const sub = liveQuery(() => readAgendaData(TODAY, HORIZON_END, PREVIOUS)).subscribe((value) => {
    latest = value;
    waiters.splice(0).forEach((w) => w());
  });
  stop = () => sub.unsubscribe();
  return async (until: (titles: string[]) => boolean): Promise<string[]> => {
    const deadline = Date.now() + 3000;
    for (;;) {
      const titles = (latest?.items ?? []).map((i) => i.title).sort();
      if (latest && until(titles)) return titles;
      if (Date.now() > deadline) throw new Error(`timed out; last: ${titles.join(', ')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
}

describe('readAgendaData', () => {
  it('reads open items dated before this week, not published or far-future ones, and stays live', async () => {
    const old = await createItem({ title: 'Altlast', column: 'entwurf', publishDate: '2024-03-01' });
    const done = await createItem({
      title: 'Erledigt',
      column: 'veroeffentlicht',
      publishDate: '2024-03-02',
    });
    await createItem({ title: 'In fünf Jahren', column: 'idee', publishDate: '2104-01-01' });
    await createItem({ title: 'Ohne Datum', column: 'idee' });
    const wait = watchAgendaData();
    expect(await wait((t) => t.includes('Altlast'))).toEqual(['Altlast']);

    await moveItem(old, { column: 'veroeffentlicht', at: 'top' });
    expect(await wait((t) => !t.includes('Altlast'))).toEqual([]);

    // Moved back out of Veröffentlicht: overdue again, as is the other old post.
    await moveItem(done, { column: 'freigegeben', at: 'top' });
    expect(await wait((t) => t.includes('Erledigt'))).toEqual(['Erledigt']);

    // Rescheduled into the future beyond the horizon: no longer read.
    await updateItem(done, { publishDate: '2100-02-01' });
    expect(await wait((t) => !t.includes('Erledigt'))).toEqual([]);

    // A new item planned in the past appears.
    await createItem({ title: 'Nachgetragen', column: 'idee', publishDate: '2025-12-24' });
    expect(await wait((t) => t.includes('Nachgetragen'))).toEqual(['Nachgetragen']);
  });
});
