// One measured run: a fresh navigation of the seeded board, then (on the same page) heap, pointer drag,
// keyboard drag and filter. Every figure is taken in the page with performance.now() (time origin =
// navigation start); Node only drives input. A metric the current build cannot show (no cards, no
// drag handle, no "Suchen" field) comes back as { na: 'reason' }, never as a number.
import { untilQuiet } from './quiet.mjs';
import { COLUMN_TITLES, FILTER_NEEDLE } from './seedData.mjs';

const ALL_TITLES = Object.values(COLUMN_TITLES);
const FROM = COLUMN_TITLES.idee;
const TO_COLUMN = 'entwurf';
const TO = COLUMN_TITLES[TO_COLUMN];
const DRAG_STEPS = 30;
/** After the move is committed, keep watching this long: the re-render after the drop belongs to the drag. */
const SETTLE_MS = 300;
const KEY_GAP_MS = 200;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves true once the page logs `message` (the probe's console.debug when what it watches has been
 * painted), false after `timeout`. Waiting this way keeps the harness out of the page: a
 * page.waitForFunction first injects Playwright's own script into the page and then polls there, on
 * the main thread the figure measures. Start it before the action it waits for.
 */
export function pageSignal(page, message, timeout) {
  return page.waitForEvent('console', { predicate: (m) => m.text() === message, timeout }).then(
    () => true,
    () => false,
  );
}

/**
 * Opens the board at `url` and waits for it, painted with its cards; returns { painted, cardsInDom }
 * or { na }. Waits for the probe's console line (pageSignal): with page.waitForFunction, Playwright's
 * script was compiled in the page while the board loaded; alternating A/B of one build, 16 runs each:
 * median 416 → 356 ms and 317 → 305 ms with the console line. The navigation starts once the machine
 * is quiet (quiet.mjs).
 */
export async function gotoBoard(page, url, timeout) {
  const quiet = await untilQuiet();
  const painted = pageSignal(page, 'bench:board-painted', timeout);
  await page.goto(url, { waitUntil: 'commit' });
  if (!(await painted)) {
    const state = await page
      .evaluate((titles) => {
        const regions = window.__bench.regions(titles);
        const found = Object.keys(regions);
        const cards = Object.values(regions).reduce((n, r) => n + window.__bench.cardsIn(r).length, 0);
        return { found, cards, anyLi: document.querySelectorAll('li').length };
      }, ALL_TITLES)
      .catch(() => null);
    if (!state) return { na: `board not painted within ${timeout} ms` };
    if (state.found.length < ALL_TITLES.length)
      return { na: `only ${state.found.length}/5 column regions found within ${timeout} ms` };
    if (state.cards === 0) return { na: 'no cards on the board (columns render no <li> cards)' };
    return { na: `not every column showed a card within ${timeout} ms (${state.cards} cards seen)` };
  }
  const figures = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      painted: window.__bench.boardPainted,
      cardsInDom: window.__bench.cardsInDom,
      // Where the time went: the app's script ran by DOMContentLoaded; the first paint is usually "Lädt …".
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      firstContentfulPaint: fcp ? fcp.startTime : null,
      itemsRead: window.__bench.firstItemsRead,
    };
  });
  return { ...figures, quietWaitMs: quiet.waitedMs, quietTimedOut: quiet.timedOut };
}

export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Waits until the main thread has been free of long tasks for `quietMs` (max `maxMs`). */
export async function settle(page, quietMs = 400, maxMs = 5000) {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise((resolve) => {
        const start = performance.now();
        const check = () => {
          const tasks = window.__bench.longtasks;
          const lastEnd = tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
          const now = performance.now();
          if (now - lastEnd >= quietMs || now - start > maxMs) resolve();
          else setTimeout(check, 50);
        };
        requestIdleCallback(() => check(), { timeout: maxMs });
      }),
    { quietMs, maxMs },
  );
}

/** Finds the first card of a column and its drag handle; returns geometry and names, or { na }. */
async function findFirstCard(page, { focus = false, skip = [] } = {}) {
  return page.evaluate(
    ({ from, to, titles, focus, skip }) => {
      const B = window.__bench;
      const regions = B.regions(titles);
      if (!regions[from] || !regions[to]) return { na: 'column regions not found' };
      // Skip cards this page moved already (a board that has not re-rendered yet still shows them).
      const card = B.cardsIn(regions[from]).find((c) => !skip.includes(B.nameOf(c)));
      if (!card) return { na: `no card in ${from}` };
      const title = B.nameOf(card);
      const accName = (el) => (el.getAttribute('aria-label') || B.nameOf(el) || el.textContent || '').trim();
      const prefix = title.replace(/…$/, '').slice(0, 24);
      const candidates = [card, ...card.querySelectorAll('button, [role="button"], [tabindex]')];
      const handle =
        candidates.find((el) => el.hasAttribute('aria-roledescription')) ??
        candidates.find(
          (el) => el !== card && accName(el).startsWith(prefix) && !accName(el).startsWith('Verschieben'),
        );
      if (!handle) return { na: 'no drag handle (button named by the title) in the card' };
      handle.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (focus) handle.focus();
      const h = handle.getBoundingClientRect();
      const target = regions[to].getBoundingClientRect();
      const visibleBottom = Math.min(target.bottom, innerHeight - 4);
      return {
        title,
        handle: { x: h.left + h.width / 2, y: h.top + h.height / 2 },
        target: {
          x: target.left + target.width / 2,
          y: target.top + Math.min(240, (visibleBottom - target.top) / 2),
        },
        focused: document.activeElement === handle,
      };
    },
    { from: FROM, to: TO, titles: ALL_TITLES, focus, skip },
  );
}

/** The seeded item behind a card title (a shortened title ends with '…'). */
function itemByTitle(board, title, column = 'idee') {
  const exact = board.byTitle.get(title);
  if (exact) return exact;
  const prefix = title.replace(/…$/, '').trimEnd();
  return board.items.find((i) => i.column === column && i.title.startsWith(prefix)) ?? null;
}

/**
 * Waits (in the page) for the first completed readwrite transaction on 'items' after the drop, then
 * confirms with a raw read that the item is in the target column. Falls back to polling the raw
 * read when no transaction was seen (e.g. writes through a worker). Returns ms from drop, or { na }.
 */
async function waitCommitted(page, id, column, dropKind) {
  return page.evaluate(
    async ({ id, column, dropKind }) => {
      const B = window.__bench;
      const drop = dropKind === 'pointer' ? B.events.pointerup : B.events.keydown;
      const deadline = performance.now() + 5000;
      let checked = 0;
      while (performance.now() < deadline) {
        // Cheap wait for a completed 'items' transaction; the raw read (a second connection) happens
        // only after it, so it cannot slow the commit it measures.
        const writes = B.itemWrites.filter((t) => t >= drop);
        if (writes.length > checked) {
          const first = writes[checked];
          checked = writes.length;
          if ((await B.readColumn(id)) === column) return { ms: first - drop, drop, via: 'tx' };
        } else if (performance.now() - drop > 1000 && (await B.readColumn(id)) === column) {
          return { ms: performance.now() - drop, drop, via: 'poll (no items transaction seen)' };
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      const now = await B.readColumn(id);
      return { na: `item not in ${column} 5 s after the drop (stored column: ${now})`, drop };
    },
    { id, column, dropKind },
  );
}

/** Long tasks and long-animation-frame scripts inside [from, to], split at the drop. */
async function windowStats(page, from, drop, to) {
  return page.evaluate(
    ({ from, drop, to }) => {
      const B = window.__bench;
      const inWin = (a, b) => B.longtasks.filter((t) => t.start >= a && t.start < b);
      const max = (list) => list.reduce((m, t) => Math.max(m, t.duration), 0);
      const moving = inWin(from, drop);
      const dropping = inWin(drop, to);
      const scripts = B.loafs
        .filter((f) => f.start + f.duration >= from && f.start < to)
        .flatMap((f) => f.scripts)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5);
      return {
        longestTask: Math.max(max(moving), max(dropping)),
        longestTaskMoving: max(moving),
        longestTaskDrop: max(dropping),
        longTasks: moving.length + dropping.length,
        worstScripts: scripts,
      };
    },
    { from, drop, to },
  );
}

export async function pointerDrag(page, board, moved = []) {
  const card = await findFirstCard(page, { skip: moved });
  if (card.na) return { na: card.na };
  const item = itemByTitle(board, card.title);
  if (!item) return { na: `card "${card.title}" is not a seeded item` };
  moved.push(card.title);
  const { handle, target } = card;
  const t0 = await startDragWindow(page, card.title);
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  // A few small moves first: dnd-kit's pointer sensor activates after a distance.
  for (let i = 1; i <= 3; i++) {
    await page.mouse.move(handle.x + i * 3, handle.y + i * 2);
    await sleep(16);
  }
  for (let i = 1; i <= DRAG_STEPS; i++) {
    const f = i / DRAG_STEPS;
    await page.mouse.move(handle.x + (target.x - handle.x) * f, handle.y + (target.y - handle.y) * f);
    await sleep(16);
  }
  await page.mouse.move(target.x + 2, target.y + 2);
  await sleep(50);
  await page.mouse.up();
  return finishDrag(page, item, card.title, t0, 'pointer');
}

export async function keyboardDrag(page, board, moved = []) {
  const card = await findFirstCard(page, { focus: true, skip: moved });
  if (card.na) return { na: card.na };
  if (!card.focused) return { na: 'drag handle did not take focus' };
  const item = itemByTitle(board, card.title);
  if (!item) return { na: `card "${card.title}" is not a seeded item` };
  moved.push(card.title);
  const t0 = await startDragWindow(page, card.title);
  for (const [i, key] of ['Space', 'ArrowRight', 'ArrowRight', 'Space'].entries()) {
    if (i === 3) await page.evaluate(() => (window.__bench.dropped = true));
    await page.keyboard.press(key);
    await sleep(KEY_GAP_MS);
  }
  return finishDrag(page, item, card.title, t0, 'keyboard');
}

/** Starts the frame-gap recorder and the "card shown in its new column" watcher; returns the start time. */
function startDragWindow(page, title) {
  return page.evaluate(
    ({ title, from, to, titles }) => {
      const B = window.__bench;
      B.dropped = false;
      B.watchMoved(title, from, to, titles);
      B.startFrameGaps();
      return performance.now();
    },
    { title, from: FROM, to: TO, titles: ALL_TITLES },
  );
}

async function finishDrag(page, item, title, t0, kind) {
  const commit = await waitCommitted(page, item.id, TO_COLUMN, kind);
  // The board may show the move before or after the commit; wait up to 2 s for it, then settle.
  await page
    .waitForFunction(() => window.__bench.movedShown !== null, undefined, { timeout: 2000, polling: 10 })
    .catch(() => {});
  await sleep(SETTLE_MS);
  const { t1, gaps, shownInTarget, stillInSource, shownMs } = await page.evaluate(
    ({ title, from, to, titles, kind }) => {
      const B = window.__bench;
      const regions = B.regions(titles);
      const shows = (t) => (regions[t] ? B.cardsIn(regions[t]).some((c) => B.nameOf(c) === title) : false);
      // Correctness check: after the commit the board shows the card in its new column, not the old one.
      B.stopWatchMoved();
      return {
        t1: performance.now(),
        gaps: B.stopFrameGaps(),
        shownInTarget: shows(to),
        stillInSource: shows(from),
        shownMs:
          B.movedShown === null
            ? null
            : B.movedShown - B.events[kind === 'pointer' ? 'pointerup' : 'keydown'],
      };
    },
    { title, from: FROM, to: TO, titles: ALL_TITLES, kind },
  );
  if (commit.na) return { na: `${kind} drag: ${commit.na}` };
  const stats = await windowStats(page, t0, commit.drop, t1);
  return {
    ...stats,
    maxFrameGap: gaps.maxGap,
    frames: gaps.frames,
    commitMs: commit.ms,
    commitVia: commit.via,
    itemId: item.id,
    shownInTarget,
    stillInSource,
    // Drop → the board painted the card in its new column (null: not within 2 s, or not rendered there).
    shownMs,
  };
}

export async function filterBoard(page, board) {
  const input = page.getByLabel('Suchen', { exact: true });
  const count = await input.count();
  if (count === 0) return { na: 'no text filter labelled "Suchen"' };
  const columns = board.needleColumns.map((c) => COLUMN_TITLES[c]);
  await page.evaluate(
    ({ needle, columns, titles }) => window.__bench.watchFiltered(needle, columns, titles),
    {
      needle: FILTER_NEEDLE,
      columns,
      titles: ALL_TITLES,
    },
  );
  const painted = pageSignal(page, 'bench:filter-painted', 10_000);
  await input.first().fill(FILTER_NEEDLE);
  if (!(await painted)) return { na: 'the board never showed only matching cards within 10 s of typing' };
  const ms = await page.evaluate(() => window.__bench.filterPainted - window.__bench.events.input);
  await input.first().fill('');
  return { ms };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ url: string, board: object, paintTimeout: number }} options
 */
export async function measureRun(context, { url, board, paintTimeout }) {
  const page = await context.newPage();
  try {
    const paint = await gotoBoard(page, url, paintTimeout);
    if (paint.na) return { board: paint };
    const result = {
      board: {
        ms: paint.painted,
        cardsInDomMs: paint.cardsInDom,
        quietWaitMs: paint.quietWaitMs,
        quietTimedOut: paint.quietTimedOut,
        domContentLoadedMs: paint.domContentLoaded,
        firstContentfulPaintMs: paint.firstContentfulPaint,
        itemsReadIssuedMs: paint.itemsRead?.issued ?? null,
        itemsReadDeliveredMs: paint.itemsRead?.success ?? null,
        itemsReadMethod: paint.itemsRead?.method ?? null,
      },
    };
    // The first screen paints before the rest of each column is read; everything below is measured on
    // the whole board, once it is no longer busy.
    const loadedAt = await page
      .waitForFunction(
        () => !document.querySelector('.board[aria-busy="true"]') && performance.now(),
        undefined,
        {
          timeout: paintTimeout,
          polling: 20,
        },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    result.board.allCardsReadMs = loadedAt;
    result.heap = { bytes: await heapAfterGc(context, page) };
    result.scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => new URL(r.name).pathname),
    );
    await settle(page);
    const moved = [];
    result.pointer = await pointerDrag(page, board, moved);
    await settle(page);
    result.keyboard = await keyboardDrag(page, board, moved);
    await page.keyboard.press('Escape').catch(() => {});
    await settle(page);
    result.filter = await filterBoard(page, board);
    return result;
  } finally {
    await page.close();
  }
}
