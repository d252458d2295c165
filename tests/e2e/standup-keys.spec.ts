// The stand-up by keyboard alone, as on the morning after a reload: J/K and the arrows walk the
// agenda at once (nothing has focus after a reload), and a key that does nothing on an entry says why.
import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp } from './helpers';

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
}

const entries = (page: Page) => page.locator('[data-agenda-entry]');

test('after a reload J, K and the arrows walk the agenda without a click first', async ({ page }) => {
  await loadDemo(page);
  await page.goto('/#/standup');
  await page.getByRole('button', { name: 'Stand-up starten' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(entries(page).first()).toBeVisible();
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press('j');
  await expect(entries(page).nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(entries(page).nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(entries(page).nth(0)).toBeFocused();

  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(entries(page).first()).toBeVisible();
  await expect(page.locator('body')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(entries(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(entries(page).nth(1)).toBeFocused();
});

test('M on a "Neu" entry says why it does nothing; the entry keeps its date and focus', async ({ page }) => {
  await loadDemo(page);
  await page.goto('/#/standup');
  await page.getByRole('button', { name: 'Stand-up starten' }).click();
  const neu = page.getByRole('region', { name: 'Neu', exact: true });
  const entry = neu.locator('[data-agenda-entry]').first();
  await expect(entry).toBeVisible();
  const title = (await entry.locator('.entry-title').textContent())!.trim();
  await entry.focus();
  await page.keyboard.press('m');
  await expect(
    // The entry may show the title shortened ("…"); the message names it in full.
    page.getByRole('status').filter({
      hasText: new RegExp(
        `M wirkt hier nicht: „${escapeRegExp(title.replace(/…$/, ''))}.*“ ist nicht überfällig\\.`,
      ),
    }),
  ).toBeVisible();
  await expect(entry).toBeFocused();
  await expect(neu.locator('[data-agenda-entry]').first()).toContainText(title);
});
