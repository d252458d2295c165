// Board-file figures (issue #4): export of the seeded board, then import + preview + merge of a
// different board of the same size (other ids, same default channels and team), driven through the
// real buttons of the production build. Times are taken in the page with performance.now():
// - export: the click on `Board exportieren` → the download link is clicked (file ready); first with
//   the board-file worker still to be loaded and started, then once more with it running;
// - import + preview: the file input's change event → the preview dialog with its counts is in the
//   DOM and painted;
// - merge written: the click on `Zusammenführen` → the toast "Board-Datei zusammengeführt." painted;
// - longest task: the longest 'longtask' entry that starts inside each window (the board must stay
//   usable meanwhile: ≤ 100 ms).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateBoard } from './seedData.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A colleague's board: same size, different ids (another PRNG seed), as the file she would send. */
export function otherBoardFile(size, now = Date.now()) {
  const board = generateBoard(size, now, 4242);
  return JSON.stringify(
    {
      format: 'redaktionsplan',
      formatVersion: 1,
      exportedAt: new Date(now).toISOString(),
      deviceId: 'b0b0b0b0b0b0b0b0',
      boardName: 'Kollegin',
      items: board.items,
      channels: [],
      members: board.members,
      standups: [],
    },
    null,
    1,
  );
}

function installFileProbe() {
  const B = window.__bench;
  B.file = { downloadAt: null, downloadName: null, changeAt: null, previewAt: null, appliedAt: null };
  const origClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) {
      B.file.downloadAt = performance.now();
      B.file.downloadName = this.download;
    }
    return origClick.call(this);
  };
  document.addEventListener('change', () => (B.file.changeAt ??= performance.now()), true);
  const seen = (test, key) => {
    const observer = new MutationObserver(() => {
      if (B.file[key] !== null || !test()) return;
      observer.disconnect();
      B.afterNextPaint((t) => (B.file[key] = t));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  seen(() => /neue Beiträge/.test(document.querySelector('dialog[open]')?.textContent ?? ''), 'previewAt');
  seen(
    () => /Board-Datei zusammengeführt/.test(document.querySelector('.toasts')?.textContent ?? ''),
    'appliedAt',
  );
}

function longestIn(longtasks, from, to) {
  const inside = longtasks.filter((t) => t.start >= from - 1 && t.start <= to);
  return inside.length ? Math.max(...inside.map((t) => t.duration)) : 0;
}

async function waitFor(page, predicate, timeout, what) {
  try {
    await page.waitForFunction(predicate, undefined, { timeout, polling: 50 });
  } catch {
    throw new Error(`board file bench: ${what} not seen within ${timeout} ms`);
  }
}

/** One export + import pass on a page with the seeded board already painted. */
export async function measureBoardFile(page, size) {
  await page.evaluate(installFileProbe);

  const download = page.waitForEvent('download', { timeout: 30_000 });
  const exportStart = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Board exportieren',
    );
    const t = performance.now();
    button.click();
    return t;
  });
  await waitFor(page, () => window.__bench.file.downloadAt !== null, 30_000, 'export download');
  const firstDownloadAt = await page.evaluate(() => window.__bench.file.downloadAt);
  const exported = await download;
  const exportedPath = await exported.path();
  const { statSync } = await import('node:fs');
  const exportBytes = statSync(exportedPath).size;
  await sleep(500);

  // Again, with the board-file worker already running (the first export also loads and starts it).
  const again = page.waitForEvent('download', { timeout: 30_000 });
  const warmStart = await page.evaluate(() => {
    window.__bench.file.downloadAt = null;
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Board exportieren',
    );
    const t = performance.now();
    button.click();
    return t;
  });
  await waitFor(page, () => window.__bench.file.downloadAt !== null, 30_000, 'second export download');
  await again;
  const warmDownloadAt = await page.evaluate(() => window.__bench.file.downloadAt);
  await sleep(500);

  // Written to a file and passed by path: Playwright refuses a buffer over 50 MB, which a
  // 50,000-item board file is.
  const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'bench-file-')), 'Kollegin.redaktionsplan.json');
  const text = otherBoardFile(size);
  writeFileSync(filePath, text, 'utf8');
  const importStartNode = Date.now();
  await page.setInputFiles('input[type=file][aria-label="Board-Datei wählen"]', filePath);
  await waitFor(page, () => window.__bench.file.previewAt !== null, 60_000, 'import preview');
  const importNodeMs = Date.now() - importStartNode;
  await sleep(300);

  const applyStart = await page.evaluate(() => {
    const button = [...document.querySelectorAll('dialog[open] button')].find(
      (b) => b.textContent === 'Zusammenführen',
    );
    const t = performance.now();
    button.click();
    return t;
  });
  await waitFor(page, () => window.__bench.file.appliedAt !== null, 60_000, 'merge written');
  await sleep(300);

  const f = await page.evaluate(() => ({
    ...window.__bench.file,
    longtasks: window.__bench.longtasks,
    loafs: window.__bench.loafs,
    itemWrites: window.__bench.itemWrites,
  }));
  // The import's write transaction on 'items' completes here; later long frames are the board
  // re-reading and re-rendering what was written.
  const committedAt = f.itemWrites.find((t) => t >= applyStart) ?? Infinity;
  /** The scripts behind long frames in a window (long-animation-frame attribution, bundled names). */
  const scriptsIn = (from, to) =>
    f.loafs
      .filter((l) => l.start >= from - 1 && l.start <= to)
      .flatMap((l) => l.scripts.map((sc) => ({ ...sc, afterCommit: sc.start > committedAt })))
      .filter((s) => s.duration >= 30)
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 4)
      .map(
        (s) =>
          `${Math.round(s.duration)} ms ${s.invoker} ${s.fn || '(anonymous)'} ${s.url.split('/').pop()}:${s.pos}` +
          (s.afterCommit ? ' (after the write committed: the board re-reading)' : ''),
      );
  return {
    exportMs: firstDownloadAt - exportStart,
    exportWarmMs: warmDownloadAt - warmStart,
    exportLongestTask: Math.max(
      longestIn(f.longtasks, exportStart, firstDownloadAt),
      longestIn(f.longtasks, warmStart, warmDownloadAt),
    ),
    exportBytes,
    importBytes: Buffer.byteLength(text, 'utf8'),
    importPreviewMs: f.previewAt - f.changeAt,
    importNodeMs,
    importLongestTask: longestIn(f.longtasks, f.changeAt, f.previewAt),
    applyMs: f.appliedAt - applyStart,
    applyLongestTask: longestIn(f.longtasks, applyStart, f.appliedAt),
    scripts: {
      export: scriptsIn(exportStart, warmDownloadAt),
      import: scriptsIn(f.changeAt, f.previewAt),
      apply: scriptsIn(applyStart, f.appliedAt),
    },
  };
}
