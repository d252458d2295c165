// "Attaching 20 photos of 4 MB each" (issue #6): on the seeded board, the first card of Idee is opened
// in the editor and 20 distinct ~4 MB JPEGs are given to its `Datei anhängen` input at once.
// Measured in the page from the input's change event: the longest main-thread task ('longtask'
// entries; target ≤ 50 ms, absolute) and the longest frame gap while the files are checked, hashed,
// thumbnailed (worker) and stored, and the time until all 20 thumbnails show in the gallery.
// The photos are made once per bench: the browser renders a 4000 × 3000 picture with fine noise to
// JPEG; each copy gets its own comment segment (FF FE) after the start marker, naming the run and the
// photo, so all 20 of a run and every run's photos are distinct files (no dedupe) and still valid
// JPEGs. Every run attaches to the first card of Idee and waits for its own 20 thumbnails (counting
// every "bench-" image, run 2 found run 1's 20 already showing and reported "done" after 3 ms).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PHOTOS = 20;

/** One ~4 MB JPEG rendered by Chromium's canvas (quality chosen to land near 4 MB). */
async function renderPhoto(page) {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const c = canvas.getContext('2d');
    const image = c.createImageData(4000, 3000);
    let seed = 1;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = seed & 63;
      const x = (i >> 2) % 4000;
      image.data[i] = (x >> 4) + n;
      image.data[i + 1] = ((i >> 14) % 200) + n;
      image.data[i + 2] = 120 + n;
      image.data[i + 3] = 255;
    }
    c.putImageData(image, 0, 0);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

function variant(jpeg, label) {
  const text = Buffer.from(label, 'latin1');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** @param {{ prefix: string }} options  alt text this run's thumbnails begin with (the file names) */
function installAttachProbe({ prefix }) {
  const A = (window.__attachBench = { start: null, longest: 0, gap: 0, done: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (A.start !== null && A.done === null && e.startTime >= A.start)
        A.longest = Math.max(A.longest, e.duration);
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        A.start = performance.now();
        let last = A.start;
        const frame = (t) => {
          A.gap = Math.max(A.gap, t - last);
          last = t;
          if (A.done === null) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }
    },
    true,
  );
  const check = () => {
    if (A.start === null || A.done !== null) return;
    const imgs = [...document.querySelectorAll('dialog img')].filter((img) => img.alt.startsWith(prefix));
    if (imgs.length >= 20 && imgs.every((img) => img.complete && img.naturalWidth > 0))
      A.done = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('load', check, true);
}

async function attachOnce(context, url, photo, run, timeout) {
  const page = await context.newPage();
  let dir = null;
  try {
    await page.addInitScript(installAttachProbe, { prefix: `bench-${run}-` });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    const idee = page.getByRole('region', { name: 'Idee', exact: true });
    const card = idee.locator('li .card-title').first();
    const title = await card.textContent({ timeout });
    await card.click({ timeout });
    const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
    try {
      await dialog.getByRole('button', { name: 'Datei anhängen' }).waitFor({ timeout: 30_000 });
    } catch {
      // A figure the run cannot take is reported, not fatal for the rest of the bench.
      return {
        na: `the editor of "${title}" did not open within 30 s (${errors.join(' | ') || 'no page error'})`,
      };
    }
    // Playwright hands over at most 50 MB of buffers; 80 MB of photos go through files on disk.
    dir = mkdtempSync(path.join(os.tmpdir(), 'redaktionsplan-attach-bench-'));
    const files = Array.from({ length: PHOTOS }, (_, i) => {
      const file = path.join(dir, `bench-${run}-${i + 1}.jpg`);
      writeFileSync(file, variant(photo, `bench ${run} ${i} ${Date.now()}`));
      return file;
    });
    await dialog.locator('input[type="file"]').setInputFiles(files);
    try {
      await page.waitForFunction(() => window.__attachBench.done !== null, undefined, {
        timeout,
        polling: 100,
      });
    } catch {
      const seen = await page.evaluate(() => window.__attachBench).catch(() => null);
      return { na: `20 thumbnails not shown within ${timeout} ms (${JSON.stringify(seen)})` };
    }
    const r = await page.evaluate(() => window.__attachBench);
    return { allShownMs: r.done - r.start, longestTask: r.longest, longestGap: r.gap };
  } finally {
    await page.close();
    // The browser reads chosen files lazily from disk: remove them only after the page is done.
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` attach runs of 20 photos each (each run a new set, attached to the first Idee card). */
export async function measureAttachRuns(context, url, runs, timeout = 120_000) {
  const maker = await context.newPage();
  await maker.goto(url);
  const photo = await renderPhoto(maker);
  await maker.close();
  const out = [];
  for (let i = 0; i < runs; i++)
    out.push({ photoBytes: photo.length, ...(await attachOnce(context, url, photo, i, timeout)) });
  return out;
}
