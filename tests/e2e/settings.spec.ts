import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/#/einstellungen');
  await expect(page.getByRole('heading', { level: 3, name: 'Instagram' })).toBeVisible();
});

test('Einstellungen has no axe violations, also with errors and a retired channel on screen', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(page.getByText('Bitte einen Namen eingeben.')).toBeVisible();
  await page.getByRole('button', { name: 'Stilllegen (TikTok)' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /TikTok/ })).toContainText('stillgelegt');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('a changed weekly target and a new member survive a reload', async ({ page }) => {
  const target = page.getByLabel('Wochenziel für LinkedIn');
  await target.fill('3');
  await page.getByRole('button', { name: 'Speichern (LinkedIn)' }).click();
  await expect(page.getByText('Gespeichert.')).toBeVisible();
  const team = page.getByRole('region', { name: 'Team' });
  await team.getByLabel('Name').fill('Lea Schmidt');
  await team.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(team.getByText('Lea Schmidt', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Wochenziel für LinkedIn')).toHaveValue('3');
  await expect(
    page.getByRole('region', { name: 'Team' }).getByText('Lea Schmidt', { exact: true }),
  ).toBeVisible();
});

test('the whole app switches to English and stays so after a reload', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Board' }).click();
  for (const name of ['Idea', 'Brief received', 'Drafted', 'Approved', 'Published'])
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Idea', exact: true })).toBeVisible();
});

test('demo data loads into an empty board, then the button explains why it is off', async ({ page }) => {
  const demo = page.getByRole('region', { name: 'Demodaten' });
  await demo.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(demo.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
  await page.reload();
  const button = page
    .getByRole('region', { name: 'Demodaten' })
    .getByRole('button', { name: 'Demodaten laden' });
  await expect(button).toBeDisabled();
  await expect(page.getByText(/Demodaten lassen sich nur in ein leeres Board laden/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Team' }).getByText('Anna Becker', { exact: true }),
  ).toBeVisible();
});
