// "Board open with 5,000 items of which 1,000 have images" (issue #6, same target as without): after
// the ordinary runs, every fifth seeded item gets an image attachment, a ~320 px WebP thumbnail in the
// thumbs table and a small original in the blobs table (the board never reads originals, so their
// size does not matter here); then fresh navigations measure the board paint as before, plus the time
// until the thumbnails of the cards on screen have decoded.
import { gotoBoard } from './measure.mjs';

const SHARE = 5;
const CHUNK = 250;

/** In the page: one thumbnail and one original (rendered by the browser), then rows in chunks. */
async function putImages({ items, chunk }) {
  const canvas = new OffscreenCanvas(320, 240);
  const c = canvas.getContext('2d');
  c.fillStyle = '#1d4e89';
  c.fillRect(0, 0, 320, 240);
  c.fillStyle = '#fff';
  c.fillRect(40, 60, 240, 120);
  const thumb = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  const original = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('redaktionsplan');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    for (let i = 0; i < items.length; i += chunk) {
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['items', 'blobs', 'thumbs'], 'readwrite');
        for (const [n, item] of items.slice(i, i + chunk).entries()) {
          const hash = (i + n).toString(16).padStart(64, '0');
          tx.objectStore('blobs').put({ hash, type: 'image/jpeg', size: original.size, data: original });
          tx.objectStore('thumbs').put({
            hash,
            type: thumb.type,
            width: 320,
            height: 240,
            size: thumb.size,
            data: thumb,
          });
          const attachment = {
            id: `attachment-${i + n}`,
            hash,
            name: `foto-${i + n}.jpg`,
            type: 'image/jpeg',
            size: original.size,
            addedAt: item.createdAt,
            creator: 'Stadt Musterstadt',
            usage: 'cityStaff',
            usageNote: '',
            peopleRecognisable: false,
            peopleConsent: false,
            peopleConsentDate: null,
            minorsShown: false,
            guardianConsent: false,
            guardianConsentDate: null,
            deleted: false,
            clock: Object.values(item.clocks)[0] ?? '',
          };
          tx.objectStore('items').put({ ...item, attachments: [attachment] });
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('image seed aborted'));
      });
    }
  } finally {
    db.close();
  }
}

async function openOnce(context, url, timeout) {
  const page = await context.newPage();
  try {
    const board = await gotoBoard(page, url, timeout);
    if (board.na) return board;
    // Thumbnails of the cards on screen: decoded <img> in every card-thumb box rendered.
    const thumbs = await page
      .waitForFunction(
        () => {
          const boxes = [...document.querySelectorAll('.card-thumb')];
          const done = boxes.length > 0 && boxes.every((b) => b.querySelector('img')?.complete);
          return done ? { at: performance.now(), count: boxes.length } : false;
        },
        undefined,
        { timeout, polling: 'raf' },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    return { ms: board.painted, thumbsMs: thumbs?.at ?? null, thumbsOnScreen: thumbs?.count ?? 0 };
  } finally {
    await page.close();
  }
}

/** Adds images to every fifth item, then a warm-up and `runs` measured board openings. */
export async function measureBoardWithImages(context, url, board, runs, timeout = 30_000) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const items = board.items.filter((_, i) => i % SHARE === 0);
    await page.evaluate(putImages, { items, chunk: CHUNK });
  } finally {
    await page.close();
  }
  await openOnce(context, url, timeout);
  const out = [];
  for (let i = 0; i < runs; i++) out.push(await openOnce(context, url, timeout));
  return { withImages: Math.ceil(board.items.length / SHARE), runs: out };
}
