// Photos from colleagues, end to end in Chromium: two JPEGs made by the test and one it corrupts are
// attached; the card shows a thumbnail; approval is refused until consent is recorded; after a
// reload the images and their rights are still there; exported and imported into a fresh browser
// profile, the images are byte-identical. axe checks the editor with attachments.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  card,
  column,
  createThroughEditor,
  dragHandle,
  dragWithMouse,
  expectNoAxeViolations,
  keyboardDragReady,
  openBoard,
} from './helpers';

/** A real JPEG rendered by the browser's canvas (a coloured picture with a label). */
async function jpegBytes(page: Page, colour: string, label: string): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ({ colour, label }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 600;
      const context = canvas.getContext('2d')!;
      context.fillStyle = colour;
      context.fillRect(0, 0, 800, 600);
      context.fillStyle = '#fff';
      context.font = '64px sans-serif';
      context.fillText(label, 40, 320);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    { colour, label },
  );
  return Buffer.from(bytes);
}

async function attach(page: Page, dialog: Locator, files: { name: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Datei anhängen' }).click();
  await (await chooser).setFiles(files.map((f) => ({ ...f, mimeType: 'image/jpeg' })));
}

async function openEditor(page: Page, title: string): Promise<Locator> {
  await card(page, title).getByText(title).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function moveWithMenu(page: Page, title: string, target: string) {
  await card(page, title).getByRole('button', { name: 'Verschieben nach…' }).click();
  await page.getByRole('menuitem', { name: target, exact: true }).click();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The original bytes of an attachment as the app hands them out (download). */
async function downloaded(page: Page, dialog: Locator, name: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `„${name}“ herunterladen` }).click();
  return readFileSync((await (await download).path())!);
}

test('a dropped card is refused without image rights, by keyboard and by mouse', async ({ page }) => {
  // A drop is written off the main thread (storage/move.worker.ts): the refusal still names the image.
  const title = 'Stadtfest-Plakat';
  await openBoard(page);
  await createThroughEditor(page, title);
  const dialog = await openEditor(page, title);
  await attach(page, dialog, [{ name: 'plakat.jpg', buffer: await jpegBytes(page, '#89331d', 'Plakat') }]);
  await expect(dialog.getByRole('img', { name: 'plakat.jpg' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  await dragHandle(page, title).focus();
  await page.keyboard.press('Space');
  await keyboardDragReady(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Spalte Freigegeben, Position 1/)).toBeAttached();
  await page.keyboard.press('Space');
  const alert = page.getByRole('alert').filter({ hasText: 'Bildrechte ungeklärt' });
  await expect(alert).toContainText('„plakat.jpg“ fehlt: Urheber, Nutzungsrecht');
  await expect(card(column(page, 'Idee'), title)).toBeVisible();
  await expect(card(column(page, 'Freigegeben'), title)).toHaveCount(0);
  await alert.getByRole('button', { name: 'Schließen' }).click();

  await dragWithMouse(page, card(page, title), column(page, 'Veröffentlicht'));
  await expect(alert).toContainText('„plakat.jpg“ fehlt');
  await expect(card(column(page, 'Idee'), title)).toBeVisible();
  await expect(card(column(page, 'Veröffentlicht'), title)).toHaveCount(0);
});

test('attach photos, approval refused without consent, granted with it, kept after reload', async ({
  page,
}) => {
  const title = 'Kita-Sommerfest';
  await openBoard(page);
  await createThroughEditor(page, title);

  const first = await jpegBytes(page, '#1d4e89', 'Foto 1');
  const second = await jpegBytes(page, '#2e6b30', 'Foto 2');
  const corrupted = first.subarray(0, Math.floor(first.length / 2)); // a transfer cut off halfway

  let dialog = await openEditor(page, title);
  await attach(page, dialog, [
    { name: 'sommerfest-1.jpg', buffer: first },
    { name: 'sommerfest-2.jpg', buffer: second },
    { name: 'kaputt.jpg', buffer: corrupted },
  ]);
  const status = dialog.getByRole('status').filter({ hasText: 'angehängt' });
  await expect(status).toContainText('2 Dateien angehängt.');
  await expect(status).toContainText('„kaputt.jpg“: Die Datei ist beschädigt oder unvollständig');
  await expect(dialog.getByRole('img', { name: 'sommerfest-1.jpg' })).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'sommerfest-2.jpg' })).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'kaputt.jpg' })).toHaveCount(0);
  // The derived checklist entry follows the (not yet cleared) rights.
  const rightsEntry = dialog.getByRole('checkbox', { name: /^Bildrechte geklärt/ });
  await expect(rightsEntry).toBeDisabled();
  await expect(rightsEntry).not.toBeChecked();
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();

  // The card shows the first image's thumbnail.
  const thumb = card(page, title).getByRole('img', { name: 'sommerfest-1.jpg' });
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

  // Approving without rights is refused, naming the image and what is missing.
  await moveWithMenu(page, title, 'Freigegeben');
  const alert = page.getByRole('alert').filter({ hasText: 'Bildrechte ungeklärt' });
  await expect(alert).toContainText('„sommerfest-1.jpg“ fehlt: Urheber, Nutzungsrecht');
  await expect(alert).toContainText('„sommerfest-2.jpg“ fehlt');
  await expect(card(column(page, 'Idee'), title)).toBeVisible();
  await expect(card(column(page, 'Freigegeben'), title)).toHaveCount(0);
  await alert.getByRole('button', { name: 'Schließen' }).click();

  // Record the rights: people recognisable with consent, minors shown with the guardians' consent.
  dialog = await openEditor(page, title);
  const photo1 = dialog.getByRole('group', { name: 'Bildrechte: sommerfest-1.jpg' });
  await photo1.getByLabel('Urheber', { exact: true }).fill('Stadt Taunusstein');
  await photo1.getByLabel('Nutzungsrecht').selectOption({ label: 'Beschäftigte der Stadt' });
  await photo1.getByLabel('Personen erkennbar').selectOption({ label: 'Ja' });
  await photo1.getByLabel('Einwilligung liegt vor').check();
  await photo1.getByLabel('Datum der Einwilligung', { exact: true }).fill('2026-06-20');
  await photo1.getByLabel('Minderjährige abgebildet').selectOption({ label: 'Nein' });
  await expect(photo1.getByText('Bildrechte geklärt.')).toBeVisible();
  await expect(photo1.getByLabel('Bildnachweis')).toHaveValue('Foto: Stadt Taunusstein');

  const photo2 = dialog.getByRole('group', { name: 'Bildrechte: sommerfest-2.jpg' });
  await photo2.getByLabel('Urheber', { exact: true }).fill('J. Weber');
  await photo2.getByLabel('Nutzungsrecht').selectOption({ label: 'Eigenes Foto' });
  await photo2.getByLabel('Personen erkennbar').selectOption({ label: 'Nein' });
  await photo2.getByLabel('Minderjährige abgebildet').selectOption({ label: 'Ja' });
  await photo2.getByLabel('Einwilligung der Erziehungsberechtigten', { exact: true }).check();
  await expect(
    photo2.getByText('Es fehlt: Datum der Einwilligung der Erziehungsberechtigten.'),
  ).toBeVisible();
  await photo2.getByLabel('Datum der Einwilligung der Erziehungsberechtigten').fill('2026-06-18');
  await expect(photo2.getByText('Bildrechte geklärt.')).toBeVisible();
  await expect(rightsEntry).toBeChecked();
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();

  await moveWithMenu(page, title, 'Freigegeben');
  await expect(card(column(page, 'Freigegeben'), title)).toBeVisible();

  // After a reload: the thumbnail, both images and their rights are still there.
  await page.reload();
  await expect(
    card(column(page, 'Freigegeben'), title).getByRole('img', { name: 'sommerfest-1.jpg' }),
  ).toBeVisible();
  dialog = await openEditor(page, title);
  await expect(dialog.getByRole('img', { name: 'sommerfest-2.jpg' })).toBeVisible();
  const again = dialog.getByRole('group', { name: 'Bildrechte: sommerfest-1.jpg' });
  await expect(again.getByLabel('Urheber', { exact: true })).toHaveValue('Stadt Taunusstein');
  await expect(again.getByLabel('Einwilligung liegt vor')).toBeChecked();
  await expect(again.getByLabel('Datum der Einwilligung', { exact: true })).toHaveValue('2026-06-20');

  // Open large shows the original; download hands out the bytes unchanged.
  await dialog.getByRole('button', { name: '„sommerfest-1.jpg“ groß anzeigen' }).click();
  const viewer = page.getByRole('dialog', { name: 'sommerfest-1.jpg' });
  await expect(viewer.getByRole('img', { name: 'sommerfest-1.jpg' })).toBeVisible();
  expect(await viewer.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
  await viewer.getByRole('button', { name: 'Schließen' }).click();
  expect(sha256(await downloaded(page, dialog, 'sommerfest-1.jpg'))).toBe(sha256(first));
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  // Export, then import into a fresh browser profile: entries, rights and byte-identical images.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Board exportieren' }).click();
  const filePath = test.info().outputPath('board.redaktionsplan.json');
  await (await exported).saveAs(filePath);
  const file = JSON.parse(readFileSync(filePath, 'utf8')) as {
    formatVersion: number;
    blobs: { hash: string }[];
  };
  expect(file.formatVersion).toBe(2);
  expect(file.blobs.map((b) => b.hash).sort()).toEqual([sha256(first), sha256(second)].sort());

  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await openBoard(other);
  await other.getByLabel('Board-Datei wählen').setInputFiles(filePath);
  const importDialog = other.getByRole('dialog', { name: 'Board-Datei importieren' });
  await importDialog.getByRole('button', { name: 'Zusammenführen' }).click();
  const imported = card(column(other, 'Freigegeben'), title);
  // The file carries originals only; the thumbnail is made on first show.
  await expect(imported.getByRole('img', { name: 'sommerfest-1.jpg' })).toBeVisible();
  const otherDialog = await openEditor(other, title);
  await expect(
    otherDialog
      .getByRole('group', { name: 'Bildrechte: sommerfest-2.jpg' })
      .getByLabel('Urheber', { exact: true }),
  ).toHaveValue('J. Weber');
  expect(sha256(await downloaded(other, otherDialog, 'sommerfest-1.jpg'))).toBe(sha256(first));
  expect(sha256(await downloaded(other, otherDialog, 'sommerfest-2.jpg'))).toBe(sha256(second));
  await fresh.close();
});
