// `Mit Datei synchronisieren` in real Chromium against a real FileSystemFileHandle. The file picker
// itself cannot be driven by a test, so it is replaced by one that hands out a file from the origin's
// private file system (same handle type, same getFile/createWritable as a file on a network drive).
import { expect, test } from '@playwright/test';
import { card, column, createThroughEditor, openBoard } from './helpers';

test("sync writes the board into the chosen file, then brings a colleague's card from it", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { showOpenFilePicker: () => Promise<FileSystemFileHandle[]> }).showOpenFilePicker =
      async () => {
        const root = await navigator.storage.getDirectory();
        return [await root.getFileHandle('team.redaktionsplan.json', { create: true })];
      };
  });
  await openBoard(page);
  await createThroughEditor(page, 'Wasserampel steht auf Rot');
  await expect(card(column(page, 'Idee'), 'Wasserampel steht auf Rot')).toBeVisible();

  const sync = page.getByRole('button', { name: 'Mit Datei synchronisieren' });
  await sync.click();
  const synced = page.getByText(
    /Mit „team.redaktionsplan.json“ synchronisiert: hier war schon alles aktuell/,
  );
  await expect(synced).toHaveCount(1);
  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle('team.redaktionsplan.json')).getFile();
    return JSON.parse(await file.text()) as { format: string; items: { title: string }[] };
  });
  expect(written.format).toBe('redaktionsplan');
  expect(written.items.map((i) => i.title)).toEqual(['Wasserampel steht auf Rot']);

  await sync.click();
  await expect(synced).toHaveCount(2);

  // A colleague's sync put her new card into the file: the next sync brings it here and the file keeps both.
  await page.evaluate(async () => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle('team.redaktionsplan.json');
    const board = JSON.parse(await (await handle.getFile()).text()) as { items: Record<string, unknown>[] };
    board.items.push({ ...board.items[0], id: 'kollegin-1', title: 'Stadtfest abgesagt' });
    const writable = await handle.createWritable();
    await writable.write(JSON.stringify(board));
    await writable.close();
  });
  await sync.click();
  await expect(page.getByText(/synchronisiert: 1 Beitrag übernommen/)).toBeVisible();
  await expect(card(column(page, 'Idee'), 'Stadtfest abgesagt')).toBeVisible();
  const titles = await page.evaluate(async () => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle('team.redaktionsplan.json');
    return (JSON.parse(await (await handle.getFile()).text()) as { items: { title: string }[] }).items
      .map((i) => i.title)
      .sort();
  });
  expect(titles).toEqual(['Stadtfest abgesagt', 'Wasserampel steht auf Rot']);
});

test('after a reload the linked file is still linked: sync needs no file choice; unlinking forgets it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as {
      showOpenFilePicker: () => Promise<FileSystemFileHandle[]>;
      picked: number;
    };
    w.picked = 0;
    w.showOpenFilePicker = async () => {
      w.picked++;
      const root = await navigator.storage.getDirectory();
      return [await root.getFileHandle('linked.redaktionsplan.json', { create: true })];
    };
  });
  await openBoard(page);
  await createThroughEditor(page, 'Podcast Folge 13');
  const sync = page.getByRole('button', { name: 'Mit Datei synchronisieren' });
  await sync.click();
  await expect(page.getByText(/Mit „linked.redaktionsplan.json“ synchronisiert/)).toBeVisible();

  await page.reload();
  await expect(card(column(page, 'Idee'), 'Podcast Folge 13')).toBeVisible();
  await expect(page.getByText('Verknüpft mit „linked.redaktionsplan.json“')).toBeVisible();
  await sync.click();
  await expect(page.getByText(/Mit „linked.redaktionsplan.json“ synchronisiert/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { picked: number }).picked)).toBe(0);

  await page.getByRole('button', { name: 'Verknüpfung mit „linked.redaktionsplan.json“ lösen' }).click();
  await expect(page.getByText('Verknüpft mit „linked.redaktionsplan.json“')).toHaveCount(0);
  await page.reload();
  await expect(card(column(page, 'Idee'), 'Podcast Folge 13')).toBeVisible();
  await expect(page.getByText('Verknüpft mit „linked.redaktionsplan.json“')).toHaveCount(0);
  await sync.click();
  await expect(page.getByText(/Mit „linked.redaktionsplan.json“ synchronisiert/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { picked: number }).picked)).toBe(1);
});
