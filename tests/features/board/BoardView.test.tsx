import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BoardView } from '../../../src/features/board/BoardView';
import { messagesFor } from '../../../src/i18n';
import { useViewStore } from '../../../src/state/viewStore';
import { db } from '../../../src/storage/db/db';
import { archiveItem, createItem, updateItem } from '../../../src/storage/items/itemCommands';
import { createMember, updateChannel } from '../../../src/storage/settings/settingsCommands';
import { seedDefaults } from '../../../src/storage/settings/seedDefaults';
import { Toasts } from '../../../src/ui/Toasts';
import { setUpBoardTests } from './boardTestSetup';

setUpBoardTests();

const COLUMN_NAMES = ['Idee', 'Themeninfo eingegangen', 'Entwurf', 'Freigegeben', 'Veröffentlicht'];

const region = (name: string) => screen.getByRole('region', { name });
/** Cards of a column in display order (channel tags are list items too, but carry no position). */
const cardNames = (name: string) =>
  within(region(name))
    .queryAllByRole('listitem')
    .filter((li) => li.hasAttribute('aria-posinset'))
    .map((li) => li.querySelector('.card-title')?.textContent);

/** The toolbar's live count (dnd-kit's announcer is a status region too). */
const liveCount = () => screen.getAllByRole('status').find((el) => /^\d+ Beitr/.test(el.textContent ?? ''))!;

describe('board', () => {
  it('shows five regions named exactly by the German column titles, each with a list', async () => {
    await createItem({ title: 'Erster Beitrag', column: 'idee' });
    render(<BoardView />);
    await screen.findByRole('listitem', { name: 'Erster Beitrag' });
    const regions = screen.getAllByRole('region');
    expect(
      regions.map(
        (r) =>
          r.getAttribute('aria-labelledby') &&
          r.ownerDocument.getElementById(r.getAttribute('aria-labelledby')!)?.textContent,
      ),
    ).toEqual(COLUMN_NAMES);
    for (const name of COLUMN_NAMES) expect(within(region(name)).getByRole('list')).toBeInTheDocument();
  });

  it('shows no count while a column shows only its first screen, then the whole count', async () => {
    // More cards than a first screen holds: the board first shows 25 of them, then the whole column.
    for (let i = 1; i <= 30; i++) await createItem({ title: `Beitrag ${i}`, column: 'idee' });
    const seen = new Set<string>();
    const record = () => {
      const heading = document.getElementById('column-idee')?.parentElement;
      const count = heading?.querySelector('.column-count')?.textContent;
      const status = screen.queryAllByRole('status').find((el) => /Beitr/.test(el.textContent ?? ''));
      if (count) seen.add(`Idee: ${count}`);
      if (status) seen.add(`Board: ${status.textContent}`);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    render(<BoardView />);
    await waitFor(() => expect(liveCount()).toHaveTextContent('30 Beiträge'));
    observer.disconnect();
    record();
    expect([...seen].sort()).toEqual([
      'Board: 30 Beiträge',
      'Board: Beiträge werden gezählt …',
      'Idee: 30 Beiträge',
      'Idee: …Anzahl wird ermittelt',
    ]);
  });

  it('puts each item in its column, urgent items first, with position for screen readers', async () => {
    await createItem({ title: 'Radwege', column: 'entwurf' });
    await createItem({ title: 'Kita-Anmeldung', column: 'entwurf' });
    const urgent = await createItem({ title: 'Gasleck Bahnhofstraße', column: 'entwurf' });
    await updateItem(urgent, { urgent: true });
    await createItem({ title: 'Grundsteuer', column: 'freigegeben' });
    render(<BoardView />);
    await waitFor(() =>
      expect(cardNames('Entwurf')).toEqual(['Gasleck Bahnhofstraße', 'Radwege', 'Kita-Anmeldung']),
    );
    expect(cardNames('Freigegeben')).toEqual(['Grundsteuer']);
    expect(cardNames('Idee')).toEqual([]);
    const card = screen.getByRole('listitem', { name: 'Gasleck Bahnhofstraße' });
    expect(card).toHaveAttribute('aria-setsize', '3');
    expect(card).toHaveAttribute('aria-posinset', '1');
    expect(within(card).getByText('Dringend')).toBeInTheDocument();
    // The count shows once the whole column is read (before that, a first screen's length is no count).
    expect(await within(region('Entwurf')).findByText('3')).toBeInTheDocument();
  });

  it('quick-add creates a card at the end of that column, and refuses an empty title', async () => {
    const user = userEvent.setup();
    await createItem({ title: 'Vorhanden', column: 'themeninfo' });
    render(<BoardView />);
    const field = await screen.findByLabelText('Neuer Beitrag in Themeninfo eingegangen');

    await user.click(field);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte geben Sie einen Titel ein.');
    expect(await db.items.count()).toBe(1);

    await user.type(field, 'Wasserampel Juli{Enter}');
    await waitFor(() =>
      expect(cardNames('Themeninfo eingegangen')).toEqual(['Vorhanden', 'Wasserampel Juli']),
    );
    const row = (await db.items.toArray()).find((i) => i.title === 'Wasserampel Juli');
    expect(row?.column).toBe('themeninfo');
    expect(field).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Verschieben nach…" opens a menu of the other columns and moves the card in the database', async () => {
    const user = userEvent.setup();
    const id = await createItem({ title: 'Podcast Folge 12', column: 'idee' });
    render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: 'Podcast Folge 12' });
    const button = within(card).getByRole('button', { name: 'Verschieben nach…' });

    await user.click(button);
    const menu = screen.getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(COLUMN_NAMES.slice(1));
    expect(within(menu).getByRole('menuitem', { name: 'Themeninfo eingegangen' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}'); // Themeninfo -> Entwurf -> Freigegeben
    await waitFor(async () => expect((await db.items.get(id))?.column).toBe('freigegeben'));
    await waitFor(() => expect(cardNames('Freigegeben')).toEqual(['Podcast Folge 12']));
    expect(useViewStore.getState().undoStack).toHaveLength(1);

    await useViewStore.getState().popUndo()!.undo();
    await waitFor(async () => expect((await db.items.get(id))?.column).toBe('idee'));
  });

  it('renders only the visible part of a long column, each card still telling its position', async () => {
    for (let i = 0; i < 300; i++) await createItem({ title: `Beitrag ${i}`, column: 'entwurf' });
    render(<BoardView />);
    await screen.findByRole('listitem', { name: 'Beitrag 0' });
    // The first screen shows before the whole column is read; wait for the full count.
    await within(region('Entwurf')).findByText('300');
    const cards = within(region('Entwurf'))
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('aria-posinset'));
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.length).toBeLessThan(30);
    expect(cards[0]).toHaveAttribute('aria-setsize', '300');
    expect(within(region('Entwurf')).getByText('300')).toBeInTheDocument();
  });

  it('the title is the start of the card name and of exactly one button, the drag handle', async () => {
    await createItem({ title: 'Stadtnachrichten Dezember', column: 'idee' });
    render(<BoardView />);
    await screen.findByRole('listitem', { name: 'Stadtnachrichten Dezember' });
    const buttons = screen.getAllByRole('button', { name: /^Stadtnachrichten Dezember/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleName('Stadtnachrichten Dezember, verschieben');
  });

  it('filters narrow the visible cards and the live count follows', async () => {
    const user = userEvent.setup();
    await seedDefaults();
    const anna = await createMember('Anna Becker');
    await createItem({ title: 'Gasleck Bahnhofstraße', column: 'idee', urgent: true });
    await createItem({
      title: 'Wasserampel',
      column: 'entwurf',
      assigneeId: anna,
      channelIds: ['channel-instagram'],
    });
    await createItem({ title: 'Grundsteuer', column: 'freigegeben', brief: 'Bescheide gehen raus' });
    render(<BoardView />);
    await screen.findByRole('listitem', { name: 'Grundsteuer' });
    await waitFor(() => expect(liveCount()).toHaveTextContent('3 Beiträge'));

    await user.type(screen.getByLabelText('Suchen'), 'bescheide');
    await waitFor(() => expect(liveCount()).toHaveTextContent('1 Beitrag'));
    expect(screen.queryByRole('listitem', { name: 'Wasserampel' })).not.toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Grundsteuer' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nur dringende' }));
    await waitFor(() => expect(liveCount()).toHaveTextContent('1 Beitrag'));
    expect(screen.getByRole('listitem', { name: 'Gasleck Bahnhofstraße' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await user.selectOptions(screen.getByLabelText('Teammitglied'), 'Anna Becker');
    await waitFor(() => expect(liveCount()).toHaveTextContent('1 Beitrag'));
    expect(screen.getByRole('listitem', { name: 'Wasserampel' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Teammitglied'), 'Nicht zugewiesen');
    await waitFor(() => expect(liveCount()).toHaveTextContent('2 Beiträge'));

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await user.click(screen.getByText('Kanal'));
    await user.click(screen.getByRole('checkbox', { name: 'Instagram' }));
    await waitFor(() => expect(liveCount()).toHaveTextContent('1 Beitrag'));
    const card = screen.getByRole('listitem', { name: 'Wasserampel' });
    expect(within(card).getByText('Instagram')).toBeInTheDocument();
  });

  it('archived cards only show with "Archiv anzeigen", marked "Archiviert"', async () => {
    const user = userEvent.setup();
    const id = await createItem({ title: 'Alter Beitrag', column: 'veroeffentlicht' });
    await createItem({ title: 'Neuer Beitrag Juli', column: 'veroeffentlicht' });
    await archiveItem(id);
    render(<BoardView />);
    await screen.findByRole('listitem', { name: 'Neuer Beitrag Juli' });
    expect(screen.queryByRole('listitem', { name: 'Alter Beitrag' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Archiv anzeigen' }));
    const card = await screen.findByRole('listitem', { name: 'Alter Beitrag' });
    expect(within(card).getByText('Archiviert')).toBeInTheDocument();
  });

  it('"Veröffentlichte archivieren" archives published cards and can be undone', async () => {
    const user = userEvent.setup();
    await createItem({ title: 'Pressemitteilung Kita', column: 'veroeffentlicht' });
    await createItem({ title: 'Noch im Entwurf', column: 'entwurf' });
    render(
      <>
        <BoardView />
        <Toasts />
      </>,
    );
    await screen.findByRole('listitem', { name: 'Pressemitteilung Kita' });
    await user.click(screen.getByRole('button', { name: 'Veröffentlichte archivieren' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Pressemitteilung Kita' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('1 Beitrag archiviert.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(await screen.findByRole('listitem', { name: 'Pressemitteilung Kita' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Noch im Entwurf' })).toBeInTheDocument();
  });

  it('a card shows channel names (retired ones too), German date, due state in words, assignee', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = new Date();
    const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    await seedDefaults();
    await updateChannel('channel-podcast', { retired: true });
    const lea = await createMember('Lea Schmidt');
    await createItem({
      title: 'Bürgermeister-Video',
      column: 'entwurf',
      channelIds: ['channel-instagram', 'channel-podcast'],
      publishDate: today,
      publishTime: '09:30',
      assigneeId: lea,
    });
    await createItem({ title: 'Längst fällig', column: 'idee', publishDate: '2020-01-31' });
    render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: 'Bürgermeister-Video' });
    await waitFor(() => expect(within(card).getByText('Lea Schmidt')).toBeInTheDocument());
    await waitFor(() =>
      expect(within(card).getByRole('list', { name: 'Kanäle' })).toHaveTextContent('InstagramPodcast'),
    );
    expect(
      within(card).getByText(`${today.slice(8)}.${today.slice(5, 7)}.${today.slice(0, 4)} 09:30`),
    ).toBeInTheDocument();
    expect(within(card).getByText('Heute')).toBeInTheDocument();
    const old = screen.getByRole('listitem', { name: 'Längst fällig' });
    expect(within(old).getByText('31.01.2020')).toBeInTheDocument();
    expect(within(old).getByText('Überfällig')).toBeInTheDocument();
  });

  it('shows HTML typed as a title as text, creating no element', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><b>fett</b>';
    await createItem({ title, column: 'idee' });
    const { container } = render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: title });
    expect(within(card).getByText(title)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('shortens a 10,000-character title on the card, keeping it whole in the database', async () => {
    const title = 'Trinkwasser '.repeat(834).slice(0, 10_000);
    const id = await createItem({ title, column: 'idee' });
    render(<BoardView />);
    const shown = await screen.findByText(/^Trinkwasser Trinkwasser.*…$/);
    expect(Array.from(shown.textContent!).length).toBeLessThanOrEqual(120);
    expect(screen.getByRole('button', { name: /^Trinkwasser/ })).toHaveAccessibleName(
      `${shown.textContent}, verschieben`,
    );
    expect((await db.items.get(id))?.title).toHaveLength(10_000);
  });

  it('an empty board offers the first item and demo data, with one "Neuer Beitrag" button', async () => {
    render(<BoardView />);
    expect(await screen.findByRole('heading', { name: 'Noch keine Beiträge' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Demodaten laden' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Neuer Beitrag' })).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Neuer Beitrag' }));
    expect(useViewStore.getState().editing).toBe('new:idee');
  });

  it('click and Enter on a card open the editor; the move button does not', async () => {
    const user = userEvent.setup();
    const id = await createItem({ title: 'Bürgermeister-Video', column: 'idee' });
    render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: 'Bürgermeister-Video' });
    await user.click(within(card).getByRole('button', { name: 'Verschieben nach…' }));
    expect(useViewStore.getState().editing).toBeNull();
    await user.keyboard('{Escape}');
    await user.click(within(card).getByText('Bürgermeister-Video'));
    expect(useViewStore.getState().editing).toBe(id);
    useViewStore.getState().closeEditor();
    card.focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().editing).toBe(id);
  });

  it('a failed write shows the German storage message', async () => {
    const user = userEvent.setup();
    await createItem({ title: 'Vorhanden', column: 'idee' });
    render(
      <>
        <BoardView />
        <Toasts />
      </>,
    );
    await screen.findByRole('listitem', { name: 'Vorhanden' });
    db.close();
    await user.type(screen.getByLabelText('Neuer Beitrag in Idee'), 'Geht verloren?{Enter}');
    expect(await screen.findByText(messagesFor('de').storageError.closed)).toBeInTheDocument();
    expect(screen.getByLabelText('Neuer Beitrag in Idee')).toHaveValue('Geht verloren?');
  });
});

describe('references no board knows', () => {
  it('shows a card whose channel and assignee are unknown, with its known channel only', async () => {
    await seedDefaults();
    await createItem({
      title: 'Stadtradio-Interview',
      column: 'entwurf',
      channelIds: ['channel-stadtradio', 'channel-instagram'],
      assigneeId: 'member-gone',
    });
    render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: /^Stadtradio-Interview/ });
    const list = await within(card).findByRole('list', { name: 'Kanäle' });
    const tags = within(list).getAllByRole('listitem');
    expect(tags.map((t) => t.textContent)).toEqual(['Instagram']);
  });
});
