// A new item in real Chromium (issue 16): it starts in the column it was started from, Enter on
// `Dringend` does not submit the form, files attach before the first save (and leave nothing behind
// on Abbrechen), and an iPhone's HEIC photo becomes a JPEG with a thumbnail.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, column, openBoard } from './helpers';

async function openNewFromColumn(page: Page, name: 'Themeninfo eingegangen' | 'Idee') {
  await column(page, name)
    .getByRole('button', { name: `Neu mit Details in ${name}`, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a new item started from Themeninfo eingegangen lands there; the toolbar starts in Idee', async ({
  page,
}) => {
  await openBoard(page);
  const dialog = await openNewFromColumn(page, 'Themeninfo eingegangen');
  await expect(dialog.getByLabel('Spalte', { exact: true })).toHaveValue('themeninfo');
  await dialog.getByLabel('Titel', { exact: true }).fill('Sperrung Bahnhofsvorplatz');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(column(page, 'Themeninfo eingegangen'), 'Sperrung Bahnhofsvorplatz')).toBeVisible();

  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  const fromToolbar = page.getByRole('dialog', { name: 'Neuer Beitrag' });
  await expect(fromToolbar.getByLabel('Spalte', { exact: true })).toHaveValue('idee');
});

test('Enter on Dringend neither submits nor closes the form; Space toggles it', async ({ page }) => {
  await openBoard(page);
  const dialog = await openNewFromColumn(page, 'Idee');
  await dialog.getByLabel('Titel', { exact: true }).fill('Gasleck Lindenweg');
  const urgent = dialog.getByRole('checkbox', { name: 'Dringend' });
  await urgent.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(urgent).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(urgent).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(card(page, 'Gasleck Lindenweg')).toHaveCount(0);
});

/** A real JPEG rendered by the browser's canvas. */
async function jpegBytes(page: Page, colour: string): Promise<Buffer> {
  const bytes = await page.evaluate(async (colour) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, 640, 480);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, colour);
  return Buffer.from(bytes);
}

async function attach(page: Page, dialog: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Datei anhängen' }).click();
  await (await chooser).setFiles(file);
}

/** Rows in the blob and thumbnail tables, read straight from IndexedDB. */
function storedBlobs(page: Page): Promise<{ blobs: number; thumbs: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('redaktionsplan');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['blobs', 'thumbs']);
          const blobs = tx.objectStore('blobs').count();
          const thumbs = tx.objectStore('thumbs').count();
          tx.oncomplete = () => {
            resolve({ blobs: blobs.result, thumbs: thumbs.result });
            db.close();
          };
        };
      }),
  );
}

test('a photo attached in a new item’s dialog: Abbrechen leaves no blob, Speichern puts it on the card', async ({
  page,
}) => {
  await openBoard(page);
  const photo = {
    name: 'messenger-foto.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegBytes(page, '#2a6f97'),
  };

  let dialog = await openNewFromColumn(page, 'Themeninfo eingegangen');
  await attach(page, dialog, photo);
  await expect(dialog.getByRole('img', { name: 'messenger-foto.jpg' })).toBeVisible();
  await expect(dialog.getByLabel('Urheber', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await dialog.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedBlobs(page)).toEqual({ blobs: 0, thumbs: 0 });

  dialog = await openNewFromColumn(page, 'Themeninfo eingegangen');
  await dialog.getByLabel('Titel', { exact: true }).fill('Baustelle Marktplatz');
  await attach(page, dialog, photo);
  await expect(dialog.getByRole('img', { name: 'messenger-foto.jpg' })).toBeVisible();
  await dialog.getByLabel('Urheber', { exact: true }).fill('Herr Beispiel (Tiefbauamt)');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const created = card(column(page, 'Themeninfo eingegangen'), 'Baustelle Marktplatz');
  await expect(created.getByRole('img', { name: 'messenger-foto.jpg' })).toBeVisible();
  expect(await storedBlobs(page)).toEqual({ blobs: 1, thumbs: 1 });

  await created.getByText('Baustelle Marktplatz').click();
  const editor = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await expect(editor.getByLabel('Urheber', { exact: true })).toHaveValue('Herr Beispiel (Tiefbauamt)');
});

test('a new item with an image lacking rights is not created in Freigegeben', async ({ page }) => {
  await openBoard(page);
  const dialog = await openNewFromColumn(page, 'Idee');
  await dialog.getByLabel('Titel', { exact: true }).fill('Kita-Sommerfest');
  await dialog.getByLabel('Spalte', { exact: true }).selectOption('freigegeben');
  await attach(page, dialog, {
    name: 'kita.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegBytes(page, '#e9c46a'),
  });
  await expect(dialog.getByRole('img', { name: 'kita.jpg' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Nicht in „Freigegeben“ angelegt: Bildrechte ungeklärt.',
  );
  await expect(dialog).toBeVisible();
  expect(await storedBlobs(page)).toEqual({ blobs: 0, thumbs: 0 });
});
