import { expect, test } from '@playwright/test';

test('the board shows its five columns', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Idee', 'Themeninfo eingegangen', 'Entwurf', 'Freigegeben', 'Veröffentlicht']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
});
