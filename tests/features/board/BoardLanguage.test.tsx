import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BoardView } from '../../../src/features/board/BoardView';
import { useViewStore } from '../../../src/state/viewStore';
import { createItem } from '../../../src/storage/items/itemCommands';
import { setUpBoardTests } from './boardTestSetup';

setUpBoardTests();

describe('board in English', () => {
  it('names columns, controls and drag instructions in English when the language is en', async () => {
    useViewStore.setState({ language: 'en' });
    await createItem({ title: 'Water traffic light', column: 'freigegeben' });
    render(<BoardView />);
    const card = await screen.findByRole('listitem', { name: 'Water traffic light' });
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(5);
    expect(within(screen.getByRole('region', { name: 'Approved' })).getByRole('listitem')).toBe(card);
    expect(within(card).getByRole('button', { name: 'Move to…' })).toBeInTheDocument();
    const handle = within(card).getByRole('button', { name: /^Water traffic light/ });
    expect(handle).toHaveAccessibleName('Water traffic light, move');
    expect(handle).toHaveAccessibleDescription(/To pick up the card, press Space or Enter/);
    expect(screen.getByLabelText('New item in Idea')).toBeInTheDocument();
  });

  it('gives the drag handle German instructions by default', async () => {
    await createItem({ title: 'Wasserampel', column: 'idee' });
    render(<BoardView />);
    const handle = await screen.findByRole('button', { name: /^Wasserampel/ });
    expect(handle).toHaveAccessibleDescription(/Leertaste oder Eingabetaste/);
    expect(handle).toHaveAttribute('aria-roledescription', 'ziehbare Karte');
  });
});
