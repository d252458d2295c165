// The stand-up on a 320 px phone (issue 16): the stand-up's header and the running timer leave three
// quarters of the screen to the agenda, and axe finds nothing there.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 320, height: 640 } });

const QUARTER = 640 / 4;

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('at 320×640 the stand-up header and the running timer take at most a quarter of the screen', async ({
  page,
}) => {
  await loadDemo(page);
  await page.goto('/#/standup');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Stand-up starten' }).click();
  const bar = page.locator('.standup-controls');
  await expect(page.getByRole('timer')).toBeVisible();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    document.querySelector('.app-main')?.scrollTo(0, 0);
  });

  // At the top: from the stand-up's heading to the end of the timer bar.
  const head = await box(page.getByRole('heading', { level: 1, name: 'Stand-up' }));
  const barAtTop = await box(bar);
  expect(barAtTop.y + barAtTop.height - head.y).toBeLessThanOrEqual(QUARTER);
  await expect(page.getByRole('heading', { level: 2, name: 'Heute' })).toBeInViewport();

  // Walking the agenda: what stays on screen above the entries is the timer bar alone, and the
  // focused entry is never under it.
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  const focused = page.locator('[data-agenda-entry]:focus');
  await expect(focused).toHaveCount(1);
  const stuck = await box(bar);
  const banner = await box(page.getByRole('banner'));
  const covered = Math.max(stuck.y + stuck.height, banner.y + banner.height, 0);
  expect(covered).toBeLessThanOrEqual(QUARTER);
  expect((await box(focused)).y).toBeGreaterThanOrEqual(covered);
  await expectNoAxeViolations(page);
});
