// An iPhone photo end to end in Chromium: a real HEIC file (tests/e2e/fixtures/iphone-foto.heic, made
// with libheif's heif-enc) is converted to JPEG by heic-to under the app's Content-Security-Policy,
// shown with a thumbnail and its rights form, and the notice says the JPEG replaces the original.
// The decoder loads with the first HEIC file, not with the board. A damaged HEIC is refused.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, createThroughEditor, openBoard } from './helpers';

const heic = readFileSync(new URL('./fixtures/iphone-foto.heic', import.meta.url));

async function attach(page: Page, dialog: Locator, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Datei anhängen' }).click();
  await (await chooser).setFiles({ name, mimeType: 'image/heic', buffer });
}

async function openEditor(page: Page, title: string): Promise<Locator> {
  await card(page, title).getByText(title).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('an iPhone photo (HEIC) is attached as JPEG with a thumbnail; a damaged one is refused', async ({
  page,
}) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const decoderLoads: string[] = [];
  page.on('request', (request) => {
    if (/heic-to-[^/]*\.js$/.test(request.url())) decoderLoads.push(request.url());
  });

  const title = 'Spielplatz Eröffnung';
  await openBoard(page);
  await createThroughEditor(page, title);
  const dialog = await openEditor(page, title);
  expect(decoderLoads).toEqual([]);

  await attach(page, dialog, 'IMG_0042.HEIC', heic);
  const status = dialog.getByRole('status').filter({ hasText: 'angehängt' });
  await expect(status).toContainText('1 Datei angehängt.');
  await expect(status).toContainText(
    '„IMG_0042.HEIC“: iPhone-Foto (HEIC) wurde in JPEG umgewandelt und als „IMG_0042.jpg“ angehängt. Das JPEG ersetzt das Original.',
  );
  expect(decoderLoads).toHaveLength(1);

  // Shown like any photo: the thumbnail (320 px from the 640 × 480 picture) and the rights form.
  const image = dialog.getByRole('img', { name: 'IMG_0042.jpg' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  const rights = dialog.getByRole('group', { name: 'Bildrechte: IMG_0042.jpg' });
  await expect(rights.getByLabel('Urheber', { exact: true })).toBeVisible();
  await expect(rights.getByLabel('Personen erkennbar')).toBeVisible();

  // What is stored and handed out is the JPEG.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '„IMG_0042.jpg“ herunterladen' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('IMG_0042.jpg');
  const bytes = readFileSync((await saved.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

  // A transfer cut off halfway: libheif cannot decode it; the file is refused, nothing is added.
  await attach(page, dialog, 'IMG_0043.HEIC', heic.subarray(0, Math.floor(heic.length / 2)));
  const refusal = dialog.getByRole('status').filter({ hasText: 'nicht angehängt' });
  await expect(refusal).toContainText(
    '„IMG_0043.HEIC“: Das iPhone-Foto (HEIC) konnte nicht umgewandelt werden.',
  );
  await expect(dialog.getByRole('img', { name: /^IMG_0043/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();

  await expect(card(page, title).getByRole('img', { name: 'IMG_0042.jpg' })).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test('an iPhone photo converts offline too: the service worker precaches the decoder', async ({
  page,
  context,
}) => {
  await openBoard(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  const title = 'Baumfällung Kurpark';
  await createThroughEditor(page, title);
  const dialog = await openEditor(page, title);
  await attach(page, dialog, 'IMG_0050.HEIC', heic);
  await expect(dialog.getByRole('img', { name: 'IMG_0050.jpg' })).toBeVisible();
  await context.setOffline(false);
});
