// The stand-up printed to PDF the way Chromium prints it (page.pdf, print media, A4), read back page by
// page with pdfjs-dist: every section is on paper, over as many pages as it needs, and every page
// says the day and the board it belongs to (a printout left on a desk must say what it is).
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const SECTIONS = ['Heute', 'Fehlt noch', 'Schieben', 'Neu'];

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
}

/**
 * Copies every item the demo wrote, `times` times, straight in IndexedDB: copies of what the app
 * itself stored keep its exact shape, and enough of them fill every section beyond one page.
 */
async function multiplyItems(page: Page, times: number): Promise<void> {
  await page.evaluate(async (times) => {
    const open = indexedDB.open('redaktionsplan');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('items', 'readwrite');
    const store = tx.objectStore('items');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    });
    for (const item of all)
      for (let n = 2; n <= times + 1; n++)
        store.put({ ...item, id: crypto.randomUUID(), title: `${String(item.title)} (${n})` });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, times);
}

/** The text of each page of a PDF, its runs joined by spaces. */
async function pdfPages(pdf: Buffer): Promise<{ runs: string[]; text: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const runs = content.items.map((i) => ('str' in i ? i.str.trim() : '')).filter((s) => s !== '');
    pages.push({ runs, text: runs.join(' ') });
  }
  await doc.destroy();
  return pages;
}

test('the printed stand-up has every section over several A4 pages, each page with date and board', async ({
  page,
}) => {
  await loadDemo(page);
  await multiplyItems(page, 3);
  await page.goto('/#/standup');
  await page.reload();
  for (const name of SECTIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  const neu = page.getByRole('region', { name: 'Neu', exact: true });
  await expect(neu.getByRole('listitem').first()).toBeVisible();
  // The last entry the screen shows in Neu must also be the last one on paper.
  const lastNeu = (await neu.locator('.entry-title').last().textContent())!.trim();
  const date = (await page.locator('.standup-date').textContent())!.match(/\d\d\.\d\d\.\d{4}/)![0];

  const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(1);
  const all = pages.map((p) => p.text).join(' ');
  // Each heading is a run of its own: "Neu" must not be found inside "Neue Themeninfo".
  const runs = pages.flatMap((p) => p.runs);
  for (const name of SECTIONS) expect(runs, `section ${name}`).toContain(name);
  // pdfjs returns a ligature ("ff" in "Öffnungszeiten") as a run of its own: compare without spaces.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  expect(squeeze(all)).toContain(squeeze(lastNeu));
  for (const [index, p] of pages.entries()) {
    expect(p.text, `page ${index + 1}`).toContain(date);
    expect(p.text, `page ${index + 1}`).toContain('Redaktionsplan');
  }
});
