// Touch: a press-and-hold picks a card up (so a swipe still scrolls the column), then the finger
// carries it to another column. Real touch events through the DevTools protocol.
import { expect, test } from '@playwright/test';
import { reloadWhenSaved } from './helpers';

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1200, height: 800 } });

test('a card is dragged to another column with a finger after a short hold', async ({ page, context }) => {
  await page.goto('/');
  await page.getByLabel('Neuer Beitrag in Idee', { exact: true }).fill('Ehrenamtspreis 2027');
  await page.getByLabel('Neuer Beitrag in Idee', { exact: true }).press('Enter');
  const idee = page.getByRole('region', { name: 'Idee', exact: true });
  const entwurf = page.getByRole('region', { name: 'Entwurf', exact: true });
  const card = idee.getByRole('listitem', { name: 'Ehrenamtspreis 2027' });
  await expect(card).toBeVisible();

  const from = (await card.boundingBox())!;
  const to = (await entwurf.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
    });
  const start = { x: from.x + 40, y: from.y + 20 };
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(350); // hold: longer than the 200 ms activation delay
  const end = { x: to.x + to.width / 2, y: to.y + 120 };
  for (let step = 1; step <= 15; step++) {
    await touch(
      'touchMove',
      start.x + ((end.x - start.x) * step) / 15,
      start.y + ((end.y - start.y) * step) / 15,
    );
  }
  await touch('touchEnd', end.x, end.y);

  await expect(entwurf.getByRole('listitem', { name: 'Ehrenamtspreis 2027' })).toBeVisible();
  await expect(idee.getByRole('listitem', { name: 'Ehrenamtspreis 2027' })).toHaveCount(0);
  await reloadWhenSaved(page);
  await expect(entwurf.getByRole('listitem', { name: 'Ehrenamtspreis 2027' })).toBeVisible();
});
