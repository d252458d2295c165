// Issue 15, defect 1, as two colleagues meet it: A hands the board to B; B changes X's Themeninfo and
// Y's title; A changes Y's title too; A imports B's file. The preview names Y's title, and nothing
// else, with both versions and which one stays; the item opens from there.
import { expect, test, type Page } from '@playwright/test';
import { card, createThroughEditor, openBoard } from './helpers';

let exportCount = 0;

async function exportBoard(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Board exportieren' }).click();
  const path = test.info().outputPath(`both-sides-${++exportCount}.redaktionsplan.json`);
  await (await download).saveAs(path);
  return path;
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Board-Datei wählen').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Board-Datei importieren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function edit(page: Page, title: string, label: string, value: string) {
  await card(page, title).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel(label, { exact: true }).fill(value);
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(editor).toBeHidden();
}

test('the preview lists exactly the field both colleagues changed, with both versions', async ({
  browser,
}) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();

  await openBoard(a);
  await createThroughEditor(a, 'Wasserampel');
  await createThroughEditor(a, 'Stadtfest');
  // A's own edit before handing the board over: B has it, so B's later edit of it is no clash.
  await edit(a, 'Wasserampel', 'Themeninfo', 'Erste Meldung aus dem Umweltamt');
  const shared = await exportBoard(a);

  await openBoard(b);
  await expect(b.getByRole('heading', { name: 'Noch keine Beiträge' })).toBeVisible();
  const first = await importFile(b, shared);
  await first.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(first).toBeHidden();
  await edit(b, 'Wasserampel', 'Themeninfo', 'Neue Meldung: Stufe Rot ab Montag');
  await edit(b, 'Stadtfest', 'Titel', 'Stadtfest Programm (B)');
  const fromB = await exportBoard(b);

  await edit(a, 'Stadtfest', 'Titel', 'Stadtfest Programm (A)');
  const preview = await importFile(a, fromB);
  const conflicts = preview.getByRole('region', { name: /auf beiden Seiten geändert/ });
  await expect(conflicts.getByRole('heading')).toHaveText('1 Feld wurde auf beiden Seiten geändert');
  await expect(conflicts.getByRole('listitem')).toHaveCount(1);
  const line = conflicts.getByRole('listitem');
  await expect(line).toContainText('Titel: Ihr Stand bleibt, weil sie die spätere Änderung ist');
  await expect(line).toContainText('HierStadtfest Programm (A)');
  await expect(line).toContainText('In der DateiStadtfest Programm (B)');

  // She opens the item from the preview; closing it brings her back to the preview.
  await line.getByRole('button', { name: '„Stadtfest Programm (A)“ öffnen' }).click();
  const editor = a.getByRole('dialog', { name: /Beitrag bearbeiten/ });
  await expect(editor.getByLabel('Titel', { exact: true })).toHaveValue('Stadtfest Programm (A)');
  await editor.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(editor).toBeHidden();
  await preview.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(preview).toBeHidden();
  await expect(card(a, 'Stadtfest Programm (A)')).toBeVisible();
  await card(a, 'Wasserampel').click();
  await expect(a.getByRole('dialog').getByLabel('Themeninfo', { exact: true })).toHaveValue(
    'Neue Meldung: Stufe Rot ab Montag',
  );
});
