import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SettingsView from '../../../src/features/settings/SettingsView';
import { de as common } from '../../../src/i18n/common';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { createItem } from '../../../src/storage/items/itemCommands';
import { createMember } from '../../../src/storage/settings/settingsCommands';
import { defaultChannelId, seedDefaults } from '../../../src/storage/settings/seedDefaults';

const INSTAGRAM = defaultChannelId('instagram');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await seedDefaults();
  useViewStore.getState().setLanguage('de');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const section = (name: string) => screen.getByRole('region', { name });

async function renderSettings() {
  render(<SettingsView />);
  await screen.findByRole('heading', { level: 3, name: 'Instagram' });
}

describe('Einstellungen › Team', () => {
  it('adds, renames and retires a member, and the Dexie row follows', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const team = section('Team');
    await user.type(within(team).getByLabelText('Name'), 'Anna Becker');
    await user.click(within(team).getByRole('button', { name: 'Person hinzufügen' }));
    expect(await within(team).findByText('Anna Becker')).toBeInTheDocument();
    expect(within(team).getByLabelText('Name')).toHaveValue('');

    await user.click(within(team).getByRole('button', { name: 'Umbenennen (Anna Becker)' }));
    const field = within(team).getByLabelText('Neuer Name für Anna Becker');
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Anna Becker-Brandt');
    await user.click(within(team).getByRole('button', { name: 'Speichern' }));
    expect(await within(team).findByText('Anna Becker-Brandt')).toBeInTheDocument();
    expect(within(team).getByRole('button', { name: 'Umbenennen (Anna Becker-Brandt)' })).toHaveFocus();

    await user.click(
      within(team).getByRole('button', { name: 'Als ausgeschieden markieren (Anna Becker-Brandt)' }),
    );
    expect(await within(team).findByText('ausgeschieden')).toBeInTheDocument();
    const [row] = await db.members.toArray();
    expect(row).toMatchObject({ name: 'Anna Becker-Brandt', retired: true });

    await user.click(within(team).getByRole('button', { name: 'Reaktivieren (Anna Becker-Brandt)' }));
    await waitFor(() => expect(within(team).queryByText('ausgeschieden')).not.toBeInTheDocument());
    expect((await db.members.toArray())[0]!.retired).toBe(false);
  });

  it('refuses an empty or duplicate name with a message next to the field', async () => {
    const user = userEvent.setup();
    await createMember('Jonas Weber');
    await renderSettings();
    const team = section('Team');
    const field = within(team).getByLabelText('Name');
    await user.type(field, '   ');
    await user.click(within(team).getByRole('button', { name: 'Person hinzufügen' }));
    expect(await within(team).findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Bitte einen Namen eingeben.');

    await user.clear(field);
    await user.type(field, 'jonas weber');
    await user.click(within(team).getByRole('button', { name: 'Person hinzufügen' }));
    expect(await within(team).findByText('Diesen Namen gibt es schon.')).toBeInTheDocument();
    expect(await db.members.count()).toBe(1);
  });

  it('cancels a rename with Escape and keeps the old name', async () => {
    const user = userEvent.setup();
    await createMember('Lea Schmidt');
    await renderSettings();
    const team = section('Team');
    await user.click(await within(team).findByRole('button', { name: 'Umbenennen (Lea Schmidt)' }));
    await user.type(within(team).getByLabelText('Neuer Name für Lea Schmidt'), 'X{Escape}');
    expect(within(team).getByText('Lea Schmidt')).toBeInTheDocument();
    expect((await db.members.toArray())[0]!.name).toBe('Lea Schmidt');
  });
});

describe('Einstellungen › Kanäle', () => {
  it('lists the default channels in rank order with their targets', async () => {
    await renderSettings();
    const channels = section('Kanäle');
    const names = within(channels)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names.slice(0, 3)).toEqual(['Instagram', 'Facebook', 'LinkedIn']);
    expect(within(channels).getByLabelText('Wochenziel für Instagram')).toHaveValue(7);
    expect(within(channels).getByLabelText('Wochenziel für TikTok')).toHaveAccessibleDescription('kein Ziel');
    expect(within(channels).getByLabelText('Bildkanal für Instagram')).toBeChecked();
    expect(within(channels).getByLabelText('Bildkanal für LinkedIn')).not.toBeChecked();
  });

  it("changes a channel's weekly target and colour; the row and its clocks change", async () => {
    const user = userEvent.setup();
    await renderSettings();
    const before = (await db.channels.get(INSTAGRAM))!;
    const channels = section('Kanäle');
    const target = within(channels).getByLabelText('Wochenziel für Instagram');
    await user.clear(target);
    await user.type(target, '10');
    fireEvent.input(within(channels).getByLabelText('Farbe für Instagram'), { target: { value: '#123456' } });
    expect(within(channels).getAllByText('Ungespeicherte Änderungen')).toHaveLength(1);
    await user.click(within(channels).getByRole('button', { name: 'Speichern (Instagram)' }));
    expect(await within(channels).findByText('Gespeichert.')).toBeInTheDocument();

    const after = (await db.channels.get(INSTAGRAM))!;
    expect(after).toMatchObject({ weeklyTarget: 10, color: '#123456', name: 'Instagram' });
    expect(after.clocks.weeklyTarget! > before.clocks.weeklyTarget!).toBe(true);
    expect(after.clocks.color! > before.clocks.color!).toBe(true);
    // Untouched fields keep their clocks, so they cannot beat a colleague's later edit in a merge.
    expect(after.clocks.name).toBe(before.clocks.name);
    expect(after.clocks.visual).toBe(before.clocks.visual);
  });

  it('shows 0 as "kein Ziel" and refuses a target that is not a whole number', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const channels = section('Kanäle');
    const target = within(channels).getByLabelText('Wochenziel für Facebook');
    await user.clear(target);
    await user.type(target, '0');
    expect(target).toHaveAccessibleDescription('kein Ziel');
    await user.clear(target);
    await user.click(within(channels).getByRole('button', { name: 'Speichern (Facebook)' }));
    expect(
      await within(channels).findByText('Bitte eine ganze Zahl von 0 bis 100 eingeben.'),
    ).toBeInTheDocument();
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect((await db.channels.get(defaultChannelId('facebook')))!.weeklyTarget).toBe(1);
  });

  it('renames a channel and refuses an empty or taken name', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const channels = section('Kanäle');
    const name = within(channels).getByLabelText('Name für Website');
    await user.clear(name);
    await user.click(within(channels).getByRole('button', { name: 'Speichern (Website)' }));
    expect(await within(channels).findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription('Bitte einen Namen eingeben.');

    await user.type(name, 'facebook');
    await user.click(within(channels).getByRole('button', { name: 'Speichern (Website)' }));
    expect(await within(channels).findByText('Diesen Namen gibt es schon.')).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Stadt-Website');
    await user.click(within(channels).getByRole('button', { name: 'Speichern (Website)' }));
    expect(
      await within(channels).findByRole('heading', { level: 3, name: 'Stadt-Website' }),
    ).toBeInTheDocument();
    expect((await db.channels.get(defaultChannelId('website')))!.name).toBe('Stadt-Website');
  });

  it('retires a channel, marks it "stillgelegt" in text, and reactivates it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const channels = section('Kanäle');
    await user.click(within(channels).getByRole('button', { name: 'Stilllegen (TikTok)' }));
    const heading = within(channels).getByRole('heading', { level: 3, name: /TikTok/ });
    await waitFor(() => expect(heading).toHaveTextContent('stillgelegt'));
    expect((await db.channels.get(defaultChannelId('tiktok')))!.retired).toBe(true);

    await user.click(within(channels).getByRole('button', { name: 'Reaktivieren (TikTok)' }));
    await waitFor(() => expect(heading).not.toHaveTextContent('stillgelegt'));
    expect((await db.channels.get(defaultChannelId('tiktok')))!.retired).toBe(false);
  });

  it('adds a channel at the end', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const form = screen.getByRole('form', { name: 'Kanal hinzufügen' });
    await user.type(within(form).getByLabelText('Name'), 'Mastodon');
    const target = within(form).getByLabelText('Wochenziel');
    await user.clear(target);
    await user.type(target, '3');
    await user.click(within(form).getByRole('button', { name: 'Kanal hinzufügen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Mastodon' })).toBeInTheDocument();
    const all = await db.channels.orderBy('rank').toArray();
    expect(all.at(-1)).toMatchObject({ name: 'Mastodon', weeklyTarget: 3, retired: false });
  });

  it('shows a failed write as a German alert and keeps what was typed', async () => {
    const user = userEvent.setup();
    await renderSettings();
    vi.spyOn(db.channels, 'put').mockRejectedValueOnce(
      Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    );
    const channels = section('Kanäle');
    const target = within(channels).getByLabelText('Wochenziel für LinkedIn');
    await user.clear(target);
    await user.type(target, '4');
    await user.click(within(channels).getByRole('button', { name: 'Speichern (LinkedIn)' }));
    expect(await within(channels).findByRole('alert')).toHaveTextContent(common.storageError.quota);
    expect(target).toHaveValue(4);
  });
});

describe('Einstellungen › Sprache', () => {
  it('switches the whole view to English', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    expect(await screen.findByText('Bitte einen Namen eingeben.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'English');
    // A message already on screen follows the switch too.
    expect(screen.getByText('Please enter a name.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    for (const name of ['Team', 'Channels', 'Language', 'Demo data'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByLabelText('Weekly target for Instagram')).toBeInTheDocument();
    expect(useViewStore.getState().language).toBe('en');
    expect(localStorage.getItem('redaktionsplan.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('Einstellungen › Demodaten', () => {
  it('loads the demo into an empty board, then explains why it cannot load again', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const demo = section('Demodaten');
    const button = within(demo).getByRole('button', { name: 'Demodaten laden' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await within(demo).findByText(/Beispielbeiträge wurden geladen/)).toBeInTheDocument();
    expect(await db.items.count()).toBeGreaterThan(30);
    // The button turns disabled, so focus moves to the outcome instead of getting lost.
    expect(within(demo).getByRole('status').parentElement).toHaveFocus();
    await waitFor(() => expect(within(demo).getByRole('button', { name: 'Demodaten laden' })).toBeDisabled());
  });

  it('is disabled with an explanation when the board has items', async () => {
    await createItem({ title: 'Schon da', column: 'idee' });
    await renderSettings();
    const demo = section('Demodaten');
    const button = within(demo).getByRole('button', { name: 'Demodaten laden' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(/Das Board enthält 1 Beitrag/);
  });
});
