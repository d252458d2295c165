// A colleague's board file with two damaged items among good ones (issue 15, defect 6), through
// `Board importieren` in a fresh profile: the preview names the two with their reason, the merge
// brings in the rest and only the rest. The same file made hostile or too new is still refused whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { card, column, createThroughEditor, expectNoAxeViolations, openBoard } from './helpers';

type Json = Record<string, unknown>;

async function exportBoard(page: Page): Promise<Json> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Board exportieren' }).click();
  const path = test.info().outputPath('export.redaktionsplan.json');
  await (await download).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf-8')) as Json;
}

function saveFile(name: string, file: Json | string): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file));
  return path;
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Board-Datei wählen').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Board-Datei importieren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('two broken items are listed and left out; the rest is imported after she confirms', async ({
  browser,
}) => {
  const contextA = await browser.newContext();
  const a = await contextA.newPage();
  await openBoard(a);
  for (const title of ['Wasserampel', 'Baustelle Ringstraße']) await createThroughEditor(a, title);
  const file = await exportBoard(a);
  await contextA.close();

  // Damaged by hand: one item has lost its title, another lies on 30 February.
  const items = file.items as Json[];
  const noTitle: Json = { ...items[0]!, id: 'kaputt-ohne-titel' };
  delete noTitle.title;
  const impossibleDay: Json = { ...items[0]!, id: 'kaputt-30-februar', title: 'Laternenumzug' };
  impossibleDay.publishDate = '2026-02-30';
  const damaged = { ...file, items: [items[0], noTitle, items[1], impossibleDay] };

  const contextB = await browser.newContext();
  const b = await contextB.newPage();
  await openBoard(b);
  await expect(b.getByRole('heading', { name: 'Noch keine Beiträge' })).toBeVisible();

  // Still refused as a whole: a newer format version, and a prototype key.
  const tooNew = await importFile(
    b,
    saveFile('too-new.redaktionsplan.json', { ...damaged, formatVersion: 7 }),
  );
  await expect(tooNew.getByRole('alert')).toContainText('aus einer neueren Version von Redaktionsplan');
  await tooNew.getByRole('button', { name: 'Schließen' }).click();
  await expect(tooNew).toBeHidden();
  const hostileText = JSON.stringify(damaged).replace('"rank":', '"__proto__":{"x":1},"rank":');
  const hostile = await importFile(b, saveFile('hostile.redaktionsplan.json', hostileText));
  await expect(hostile.getByRole('alert')).toContainText('aus Sicherheitsgründen nicht gelesen');
  await hostile.getByRole('button', { name: 'Schließen' }).click();
  await expect(hostile).toBeHidden();

  const dialog = await importFile(b, saveFile('damaged.redaktionsplan.json', damaged));
  await expect(dialog).toContainText('2 neue Beiträge');
  const skipped = dialog.getByRole('region', { name: '2 Beiträge konnten nicht gelesen werden' });
  await expect(skipped).toContainText('Sie werden nicht übernommen');
  await expect(skipped.getByRole('listitem')).toHaveText([
    'Beitrag Nr. 2 (ID kaputt-ohne-titel): Titel fehlt',
    'Beitrag „Laternenumzug“ (ID kaputt-30-februar): Veröffentlichung ist ein Datum, das es nicht gibt',
  ]);
  await expectNoAxeViolations(b, 'dialog');

  await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(dialog).toBeHidden();
  const idea = column(b, 'Idee');
  for (const title of ['Wasserampel', 'Baustelle Ringstraße']) await expect(card(idea, title)).toBeVisible();
  await expect(idea.getByRole('listitem')).toHaveCount(2);
  await expect(card(b, 'Laternenumzug')).toHaveCount(0);

  await contextB.close();
});

test('the import dialog is styled at once on a fresh, empty board (issue 16)', async ({ page }) => {
  await openBoard(page);
  await expect(page.getByRole('heading', { name: 'Noch keine Beiträge' })).toBeVisible();
  // Chosen at once, before anything else was opened: the dialog's frame must not wait for the editor.
  const dialog = await importFile(
    page,
    saveFile('newer.redaktionsplan.json', { format: 'redaktionsplan', formatVersion: 99 }),
  );
  const frame = await dialog.evaluate((d) => {
    const style = getComputedStyle(d);
    return { padding: style.padding, shadow: style.boxShadow, display: style.display };
  });
  // The browser's bare <dialog> has 1em padding and no shadow; ours is a flex panel with a shadow.
  expect(frame).toMatchObject({ padding: '0px', display: 'flex' });
  expect(frame.shadow).not.toBe('none');
});
