// A new item's editor (issue 16): it starts in the column it was opened from and can be put in
// another with `Spalte`; Enter on a checkbox never submits the form.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db/db';
import { openEditor, renderEditor, resetDatabase } from './harness';

beforeEach(async () => {
  await resetDatabase();
});

const dialogClosed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('new item editor', () => {
  it('offers `Spalte` with the five columns, set to the column it was started from', async () => {
    renderEditor();
    const dialog = await openEditor('new:themeninfo');
    const column = within(dialog).getByRole('combobox', { name: 'Spalte' });
    expect(column).toHaveValue('themeninfo');
    expect(
      within(column)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Idee', 'Themeninfo eingegangen', 'Entwurf', 'Freigegeben', 'Veröffentlicht']);
  });

  it('creates the item in the column chosen in `Spalte`', async () => {
    renderEditor();
    const dialog = await openEditor('new:idee');
    const user = userEvent.setup();
    expect(within(dialog).getByRole('combobox', { name: 'Spalte' })).toHaveValue('idee');
    await user.type(within(dialog).getByLabelText('Titel'), 'Gasleck Bahnhofstraße');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Spalte' }), 'Entwurf');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await dialogClosed();
    const [created] = await db.items.toArray();
    expect(created!.column).toBe('entwurf');
  });

  it('does not submit the form on Enter on `Dringend`; Space toggles it', async () => {
    renderEditor();
    const dialog = await openEditor('new:idee');
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText('Titel'), 'Geldautomat gesprengt');
    const urgent = within(dialog).getByRole('checkbox', { name: 'Dringend' });
    urgent.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(await db.items.count()).toBe(0);
    await user.keyboard(' ');
    expect(urgent).toBeChecked();
    await user.keyboard('{Enter}');
    expect(await db.items.count()).toBe(0);
    expect(urgent).toBeChecked();
  });
});
