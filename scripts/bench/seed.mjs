// Writes a generated board into the real browser's IndexedDB. The app is opened once first, so Dexie
// creates its schema (and seeds the default channels); then the rows are bulk-put with the raw
// IndexedDB API in chunks, and the page is closed. Measurements use fresh navigations afterwards.

const CHUNK = 1000;

/** @param {import('playwright-core').BrowserContext} context */
export async function seedBoard(context, baseUrl, board) {
  const page = await context.newPage();
  try {
    await page.goto(baseUrl, { waitUntil: 'load' });
    // Wait until the app has created the schema and its default channels (seedDefaults).
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('redaktionsplan');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            const names = Array.from(db.objectStoreNames);
            if (!names.includes('items') || !names.includes('channels')) {
              db.close();
              return resolve(false);
            }
            const req = db.transaction('channels', 'readonly').objectStore('channels').count();
            req.onsuccess = () => {
              db.close();
              resolve(req.result > 0);
            };
            req.onerror = () => resolve(false);
          };
        }),
      undefined,
      { timeout: 30_000, polling: 200 },
    );
    await page.evaluate(putRows, { store: 'members', rows: board.members, clear: true });
    for (let i = 0; i < board.items.length; i += CHUNK) {
      await page.evaluate(putRows, { store: 'items', rows: board.items.slice(i, i + CHUNK), clear: i === 0 });
    }
    const count = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('redaktionsplan');
          open.onsuccess = () => {
            const req = open.result.transaction('items', 'readonly').objectStore('items').count();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    if (count !== board.items.length)
      throw new Error(`seeded ${count} items, expected ${board.items.length}`);
  } finally {
    await page.close();
  }
}

function putRows({ store, rows, clear }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('redaktionsplan');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      if (clear) os.clear();
      for (const row of rows) os.put(row);
      tx.oncomplete = () => {
        db.close();
        resolve(rows.length);
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
    };
  });
}
