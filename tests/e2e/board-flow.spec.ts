// The press officer's core loop in real Chromium against the production build: create, edit, move by
// mouse and keyboard, reload, second tab, delete and undo, accessibility.
import { expect, test } from '@playwright/test';
import {
  card,
  column,
  createThroughEditor,
  dragHandle,
  dragWithMouse,
  expectNoAxeViolations,
  reloadWhenSaved,
  keyboardDragReady,
  openBoard,
} from './helpers';

test('create, edit, move with mouse and keyboard, and find it all after a reload', async ({ page }) => {
  await openBoard(page);
  await createThroughEditor(page, 'Wasserampel steht auf Gelb');
  await expect(card(column(page, 'Idee'), 'Wasserampel steht auf Gelb')).toBeVisible();

  // Edit: open by click, change title and channels, set a date.
  await card(page, 'Wasserampel steht auf Gelb').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel', { exact: true }).fill('Wasserampel steht auf Rot');
  await dialog.getByRole('group', { name: 'Kanäle' }).getByLabel('Instagram').check();
  await dialog.getByLabel('Veröffentlichung', { exact: true }).fill('2030-06-15');
  await dialog.getByLabel('Dringend').check();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const edited = card(column(page, 'Idee'), 'Wasserampel steht auf Rot');
  await expect(edited).toContainText('Instagram');
  await expect(edited).toContainText('15.06.2030');
  await expect(edited).toContainText('Dringend');

  // Keyboard only: pick up, one column right, drop.
  // Each step waits for the German announcement, as a screen-reader user would hear it.
  await dragHandle(page, 'Wasserampel steht auf Rot').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Karte „Wasserampel steht auf Rot“ aufgenommen/)).toBeAttached();
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Spalte Themeninfo eingegangen, Position 1 von 1/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(card(column(page, 'Themeninfo eingegangen'), 'Wasserampel steht auf Rot')).toBeVisible();
  await expect(card(column(page, 'Idee'), 'Wasserampel steht auf Rot')).toHaveCount(0);

  // Mouse: drag to Freigegeben.
  await dragWithMouse(page, card(page, 'Wasserampel steht auf Rot'), column(page, 'Freigegeben'));
  await expect(card(column(page, 'Freigegeben'), 'Wasserampel steht auf Rot')).toBeVisible();

  await reloadWhenSaved(page);
  await expect(card(column(page, 'Freigegeben'), 'Wasserampel steht auf Rot')).toBeVisible();
  await expect(card(column(page, 'Freigegeben'), 'Wasserampel steht auf Rot')).toContainText('Instagram');
});

test('a second tab shows an edit live', async ({ page, context }) => {
  await openBoard(page);
  await createThroughEditor(page, 'Bürgermeister-Video KW 48');
  const second = await context.newPage();
  await openBoard(second);
  await expect(card(second, 'Bürgermeister-Video KW 48')).toBeVisible();

  await card(page, 'Bürgermeister-Video KW 48').getByRole('button', { name: 'Verschieben nach…' }).click();
  await page.getByRole('menuitem', { name: 'Entwurf' }).click();
  await expect(card(column(second, 'Entwurf'), 'Bürgermeister-Video KW 48')).toBeVisible();
});

test('delete and undo with the toast button and with Ctrl+Z', async ({ page }) => {
  await openBoard(page);
  await createThroughEditor(page, 'Gasleck Lindenstraße');
  await card(page, 'Gasleck Lindenstraße').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  await expect(card(page, 'Gasleck Lindenstraße')).toHaveCount(0);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(card(page, 'Gasleck Lindenstraße')).toBeVisible();

  await card(page, 'Gasleck Lindenstraße').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  await expect(card(page, 'Gasleck Lindenstraße')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(card(page, 'Gasleck Lindenstraße')).toBeVisible();
  await reloadWhenSaved(page);
  await expect(card(page, 'Gasleck Lindenstraße')).toBeVisible();
});

test('bad input: empty title refused, HTML shown as text, long title shortened', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Themeninfo').fill('Brief bleibt erhalten');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Bitte einen Titel eingeben')).toBeVisible();
  await expect(dialog.getByLabel('Themeninfo')).toHaveValue('Brief bleibt erhalten');

  const html = '<img src=x onerror="window.__pwned=1"><b>fett</b>';
  await dialog.getByLabel('Titel', { exact: true }).fill(html);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(html).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.board b')).toHaveCount(0);

  const long = 'Sehr langer Titel '.repeat(550);
  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  await dialog.getByLabel('Titel', { exact: true }).fill(long);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const shortCard = card(page, 'Sehr langer Titel');
  await expect(shortCard).toBeVisible();
  const box = (await shortCard.boundingBox())!;
  expect(box.height).toBeLessThan(400);
  await shortCard.click();
  await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue(long.trim());
});

test('axe finds no violations on the board and in the editor dialog', async ({ page }) => {
  await openBoard(page);
  await createThroughEditor(page, 'Kita-Anmeldung startet');
  await expectNoAxeViolations(page);
  await card(page, 'Kita-Anmeldung startet').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});
