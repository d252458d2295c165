// A view's stylesheet stays in the page once the view has been opened. The board must look the same
// afterwards: the settings' stylesheet once repainted its red "Dringend" and due badges white.
import { expect, test, type Page } from '@playwright/test';

const badgeColours = (page: Page) =>
  page
    .locator('.badge-urgent')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, text: style.color, border: style.borderTopStyle };
    });

test('the board keeps its badge colours after Einstellungen was opened', async ({ page }) => {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await expect(page.locator('.badge-urgent').first()).toBeVisible();
  const afterSettings = await badgeColours(page);

  // The board opened afresh, without the settings' stylesheet.
  await page.reload();
  await expect(page.locator('.badge-urgent').first()).toBeVisible();
  const fresh = await badgeColours(page);
  expect(fresh.text).toBe('rgb(255, 255, 255)');
  expect(afterSettings).toEqual(fresh);
});
