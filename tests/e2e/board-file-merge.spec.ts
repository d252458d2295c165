// Two colleagues, two browser profiles (each its own IndexedDB), one board shared as a file: both edit,
// both export, A imports B's file. The merge keeps A's title and move, B's channels and B's deletion;
// undoing the import puts A's board back exactly.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { card, column, createThroughEditor, openBoard } from './helpers';

let exportCount = 0;

/** `Board exportieren`, saved in the test's output folder (Playwright empties it per run); its path. */
async function exportBoard(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Board exportieren' }).click();
  const path = test.info().outputPath(`export-${++exportCount}.redaktionsplan.json`);
  await (await download).saveAs(path);
  return path;
}

/**
 * The board's content as a colleague would see it, without the export time and the device's own
 * clock (which never goes back, not even on undo; what imports brought in does go back).
 */
function boardOf(path: string): unknown {
  const file = JSON.parse(readFileSync(path, 'utf-8')) as Record<string, unknown>;
  delete file.exportedAt;
  delete (file.seen as Record<string, string>)[file.deviceId as string];
  return file;
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Board-Datei wählen').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Board-Datei importieren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('two profiles share a board file; the import merges both edits and undoes exactly', async ({
  browser,
}) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();

  // A creates the board and hands it to B.
  await openBoard(a);
  for (const title of ['Wasserampel', 'Stadtfest Programm', 'Baustelle Ringstraße'])
    await createThroughEditor(a, title);
  const shared = await exportBoard(a);

  await openBoard(b);
  // Wait until the board knows it is empty: until then the toolbar stands in for the empty board's
  // buttons, and a file chosen there would go to a file input that is about to be replaced.
  await expect(b.getByRole('heading', { name: 'Noch keine Beiträge' })).toBeVisible();
  const first = await importFile(b, shared);
  await expect(first).toContainText('3 neue Beiträge');
  await first.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(first).toBeHidden();
  for (const title of ['Wasserampel', 'Stadtfest Programm', 'Baustelle Ringstraße'])
    await expect(card(column(b, 'Idee'), title)).toBeVisible();

  // A: new title, then a move to Entwurf.
  await card(a, 'Wasserampel').click();
  const editorA = a.getByRole('dialog');
  await editorA.getByLabel('Titel', { exact: true }).fill('Wasserampel steht auf Rot');
  await editorA.getByRole('button', { name: 'Speichern' }).click();
  await expect(editorA).toBeHidden();
  await card(a, 'Wasserampel steht auf Rot').getByRole('button', { name: 'Verschieben nach…' }).click();
  await a.getByRole('menuitem', { name: 'Entwurf' }).click();
  await expect(card(column(a, 'Entwurf'), 'Wasserampel steht auf Rot')).toBeVisible();

  // B: channels on the same card, and another card deleted.
  await card(b, 'Wasserampel').click();
  const editorB = b.getByRole('dialog');
  const channels = editorB.getByRole('group', { name: 'Kanäle' });
  await channels.getByLabel('Instagram').check();
  await channels.getByLabel('Newsletter').check();
  await editorB.getByRole('button', { name: 'Speichern' }).click();
  await expect(editorB).toBeHidden();
  await expect(card(b, 'Wasserampel')).toContainText('Instagram');
  await card(b, 'Baustelle Ringstraße').click();
  await b.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  await expect(card(b, 'Baustelle Ringstraße')).toHaveCount(0);

  const fromB = await exportBoard(b);
  const beforeImport = await exportBoard(a);

  // A imports B's file: the preview counts first, then the merge.
  const dialog = await importFile(a, fromB);
  await expect(dialog).toContainText('1 geänderter Beitrag');
  await expect(dialog).toContainText('1 Beitrag wurde dort gelöscht');
  await expect(dialog).toContainText('1 Beitrag unverändert');
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(dialog).toBeHidden();

  const merged = card(column(a, 'Entwurf'), 'Wasserampel steht auf Rot');
  await expect(merged).toBeVisible();
  await expect(merged).toContainText('Instagram');
  await expect(merged).toContainText('Newsletter');
  await expect(card(a, 'Baustelle Ringstraße')).toHaveCount(0);
  await expect(card(column(a, 'Idee'), 'Stadtfest Programm')).toBeVisible();

  // One click undoes the whole import.
  await a
    .locator('.toast', { hasText: 'Board-Datei zusammengeführt.' })
    .getByRole('button', { name: 'Rückgängig' })
    .click();
  await expect(a.getByText('Import rückgängig gemacht')).toBeVisible();
  await expect(card(column(a, 'Idee'), 'Baustelle Ringstraße')).toBeVisible();
  await expect(card(column(a, 'Entwurf'), 'Wasserampel steht auf Rot')).not.toContainText('Instagram');
  const afterUndo = await exportBoard(a);
  expect(boardOf(afterUndo)).toEqual(boardOf(beforeImport));

  await contextA.close();
  await contextB.close();
});
