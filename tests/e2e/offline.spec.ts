// After one online visit the app opens and works with no network (service worker precache), and no
// request ever leaves the origin.
import { expect, test } from '@playwright/test';

test('opens offline after one online visit', async ({ page, context, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (
      !request.url().startsWith(baseURL!) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    )
      foreign.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Idee', exact: true })).toBeVisible();
  // Wait until the service worker is active, i.e. the app is precached; the next navigation goes through it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  for (const name of ['Idee', 'Themeninfo eingegangen', 'Entwurf', 'Freigegeben', 'Veröffentlicht'])
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('the server sends the security headers', async ({ request }) => {
  const index = await request.get('/');
  expect(index.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(index.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(index.headers()['x-content-type-options']).toBe('nosniff');
  expect(index.headers()['referrer-policy']).toBe('no-referrer');
  expect(index.headers()['cache-control']).toBe('no-cache');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
});
