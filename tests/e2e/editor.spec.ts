// The item editor in real Chromium: opened from the board's `Neuer Beitrag` button, checked with
// axe, bad input refused in German, saved, persisted across a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function openNewItemDialog(page: Page) {
  await page.goto('/');
  const newItem = page.getByRole('button', { name: 'Neuer Beitrag' });
  await newItem.first().click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await expect(dialog).toBeVisible();
  return { dialog, newItem: newItem.first() };
}

async function typeImpossibleDate(page: Page) {
  const date = page.getByLabel('Veröffentlichung');
  // Chromium orders the date segments by its UI language: try day-first, then month-first.
  for (const keys of ['31022026', '02312026']) {
    await date.fill('');
    await date.focus();
    await page.keyboard.type(keys);
    if (await date.evaluate((input: HTMLInputElement) => input.validity.badInput)) return;
  }
  throw new Error('could not produce an impossible date in this browser');
}

test('create an item in the editor: bad input refused, saved, still there after reload', async ({ page }) => {
  const { dialog } = await openNewItemDialog(page);
  const title = dialog.getByLabel('Titel', { exact: true });
  await expect(title).toBeFocused();

  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations).toEqual([]);

  await dialog.getByLabel('Themeninfo').fill('Baustelle ab Montag, Umleitung über die Ringstraße.');
  await typeImpossibleDate(page);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte einen Titel eingeben.')).toBeVisible();
  await expect(dialog.getByText('Bitte ein gültiges Datum eingeben.')).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Themeninfo')).toHaveValue(
    'Baustelle ab Montag, Umleitung über die Ringstraße.',
  );
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);

  await title.fill('Radweg Nord <b>eröffnet</b>');
  await dialog.getByLabel('Veröffentlichung').fill('2026-06-15');
  await dialog.getByRole('checkbox', { name: 'Instagram', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Bild', exact: true }).check();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByText('Radweg Nord <b>eröffnet</b>').first()).toBeVisible();
  await expect(page.locator('b', { hasText: 'eröffnet' })).toHaveCount(0);
});

test('Escape with unsaved input asks first; focus returns to the opener', async ({ page }) => {
  const { dialog, newItem } = await openNewItemDialog(page);
  await dialog.getByLabel('Titel', { exact: true }).fill('Gasleck Bahnhofstraße');

  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Ungespeicherte Änderungen verwerfen?')).toBeVisible();
  await page.keyboard.press('Escape'); // back to editing: nothing lost
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('Gasleck Bahnhofstraße');

  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await dialog.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(dialog).toBeHidden();
  await expect(newItem).toBeFocused();
});

test('at 320 px the dialog fills the screen and its form scrolls to Speichern', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { dialog } = await openNewItemDialog(page);
  const box = await dialog.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 320 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await dialog.getByLabel('Notizen').scrollIntoViewIfNeeded();
  await expect(dialog.getByLabel('Notizen')).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Speichern' })).toBeInViewport();
});
