// The stand-up view against a real (fake) IndexedDB: actions change the item through the normal
// commands and land as decisions in the running stand-up.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDay } from '../../../src/domain/dates';
import StandupView from '../../../src/features/standup/StandupView';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { createItem } from '../../../src/storage/items/itemCommands';
import { createMember } from '../../../src/storage/settings/settingsCommands';
import { defaultChannelId, seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { readDraft, startStandup } from '../../../src/storage/standup/standupCommands';

const today = isoDay(new Date());

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await seedDefaults();
  useViewStore.getState().setLanguage('de');
});

afterEach(() => cleanup());

const section = (name: string) => screen.getByRole('region', { name });

describe('Stand-up › Zuständig', () => {
  it('Z on a "Niemand zuständig" entry picks a member, writes the item and records "Zuständig: …"', async () => {
    const user = userEvent.setup();
    const anna = await createMember('Anna Becker');
    await createMember('Ben Krause');
    const id = await createItem({
      title: 'Wasserampel Grün',
      column: 'entwurf',
      publishDate: today,
      channelIds: [defaultChannelId('website')],
      brief: 'Text da.',
    });
    await startStandup(today);
    render(<StandupView />);
    // It publishes today: listed once, in Heute, with what Fehlt noch would have said (issue 16).
    const entry = await within(await screen.findByRole('region', { name: 'Heute' })).findByRole('listitem', {
      name: /^Wasserampel Grün/,
    });
    expect(within(entry).getByText('Niemand zuständig')).toBeInTheDocument();

    act(() => entry.focus());
    await user.keyboard('z');
    const select = within(entry).getByLabelText('Zuständig für Wasserampel Grün');
    expect(select).toHaveFocus();
    // Nobody assigned yet: the first active member is proposed.
    expect(select).toHaveValue(anna);
    await user.keyboard('{Enter}');

    await waitFor(async () => expect((await db.items.get(id))?.assigneeId).toBe(anna));
    await waitFor(async () =>
      expect((await readDraft())?.decisions).toEqual([
        expect.objectContaining({ itemId: id, kind: 'reassigned', detail: 'Zuständig: Anna Becker' }),
      ]),
    );
    expect(await screen.findByText('„Wasserampel Grün“: zuständig ist jetzt Anna Becker.')).toHaveRole(
      'status',
    );
    // The entry in Heute now says who does it, and the gap is gone.
    await waitFor(() => expect(within(section('Heute')).getByText('Zuständig: Anna Becker')).toBeVisible());
    expect(screen.queryByText('Niemand zuständig')).toBeNull();
  });

  it('the "Zuständig" button offers active members only and can unassign', async () => {
    const user = userEvent.setup();
    const anna = await createMember('Anna Becker');
    const ben = await createMember('Ben Krause');
    await db.members.update(ben, { retired: true });
    const id = await createItem({
      title: 'Podcast Folge 12',
      column: 'freigegeben',
      publishDate: today,
      assigneeId: anna,
    });
    await startStandup(today);
    render(<StandupView />);
    const entry = await within(await screen.findByRole('region', { name: 'Heute' })).findByRole('listitem', {
      name: /^Podcast Folge 12/,
    });
    await user.click(within(entry).getByRole('button', { name: /^Zuständig/ }));
    const select = within(entry).getByLabelText('Zuständig für Podcast Folge 12');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Niemand', 'Anna Becker']);
    await user.selectOptions(select, '');
    await user.click(within(entry).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(async () => expect((await db.items.get(id))?.assigneeId).toBeNull());
    await waitFor(async () =>
      expect((await readDraft())?.decisions.map((d) => d.detail)).toEqual(['Zuständig: niemand']),
    );
  });
});

describe('Stand-up › long sections', () => {
  it('shows 20 overdue entries, counts the rest for screen and print, and reveals them on request', async () => {
    const user = userEvent.setup();
    const yesterday = isoDay(new Date(Date.now() - 86_400_000));
    const lastYear = `${Number(today.slice(0, 4)) - 1}-06-15`;
    for (let i = 0; i < 24; i++)
      await createItem({
        title: `Altlast ${String(i).padStart(2, '0')}`,
        column: 'idee',
        publishDate: lastYear,
      });
    await createItem({ title: 'Gestern verpasst', column: 'entwurf', publishDate: yesterday });
    await startStandup(today);
    render(<StandupView />);
    const schieben = await screen.findByRole('region', { name: 'Schieben' });
    await waitFor(() => expect(within(schieben).getAllByRole('listitem')).toHaveLength(20));
    // The latest slip leads; the backlog from last year follows.
    expect(within(schieben).getAllByRole('listitem')[0]).toHaveAccessibleName(/^Gestern verpasst/);
    expect(
      within(schieben).getByText('… und 5 weitere Einträge, hier nicht aufgeführt.'),
    ).toBeInTheDocument();

    await user.click(
      within(schieben).getByRole('button', { name: 'Weitere 5 überfällige Beiträge anzeigen' }),
    );
    const entries = within(schieben).getAllByRole('listitem');
    expect(entries).toHaveLength(25);
    expect(entries[20]).toHaveFocus();
    expect(within(schieben).queryByRole('button', { name: /^Weitere/ })).toBeNull();
  });
});
