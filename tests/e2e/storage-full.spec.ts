// A full browser storage, made real (issue 15, defect 9): Chromium's quota for the origin is set
// small, then a save writes more than is left. IndexedDB refuses the transaction; she must read the
// German message and find every character still in the dialog.
import { expect, test } from '@playwright/test';
import { card, createThroughEditor, openBoard } from './helpers';

const QUOTA = 8 * 1024 * 1024;

/**
 * Text that IndexedDB cannot shrink: Chromium compresses stored values, so a repeated sentence
 * would fit in a few bytes. Letters from a fixed pseudo-random sequence, the same every run; one
 * byte each as stored.
 */
function incompressibleText(chars: number): string {
  let seed = 2027;
  const out: string[] = [];
  for (let i = 0; i < chars; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    out.push(i % 9 === 8 ? ' ' : String.fromCharCode(97 + ((seed >>> 16) % 26)));
  }
  return out.join('');
}

test('storage full: the German message appears and the typed text stays in the dialog', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const cdp = await context.newCDPSession(page);
  // Chromium's IndexedDB reads the origin's quota when the origin first opens a database and does
  // not see a later change, so the small quota is set before the app is loaded.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
  await openBoard(page);
  await createThroughEditor(page, 'Haushaltsrede');
  // Pages see a padded quota in navigator.storage.estimate(); DevTools sees the real figures.
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  const room = QUOTA - usage;
  expect(room).toBeGreaterThan(0);

  await card(page, 'Haushaltsrede').getByText('Haushaltsrede').click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  // More than the room left: a long speech pasted into the Themeninfo.
  const speech = incompressibleText(room + 1024 * 1024);
  await dialog.getByLabel('Themeninfo').fill(speech);
  await dialog.getByLabel('Notizen').fill('Rede als PDF anhängen');
  await dialog.getByRole('button', { name: 'Speichern' }).click();

  await expect(dialog.getByRole('alert')).toContainText('Der Speicher des Browsers ist voll.');
  await expect(dialog.getByRole('alert')).toContainText('Ihre Eingaben stehen noch im Formular.');
  await expect(dialog).toBeVisible();
  expect(await dialog.getByLabel('Themeninfo').inputValue()).toBe(speech);
  await expect(dialog.getByLabel('Notizen')).toHaveValue('Rede als PDF anhängen');

  // The failed write left nothing half-saved, and the app keeps working: a shorter text saves.
  await dialog.getByLabel('Themeninfo').fill('Rede folgt als PDF.');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await card(page, 'Haushaltsrede').getByText('Haushaltsrede').click();
  const reopened = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await expect(reopened.getByLabel('Themeninfo')).toHaveValue('Rede folgt als PDF.');
  await expect(reopened.getByLabel('Notizen')).toHaveValue('Rede als PDF anhängen');
});
