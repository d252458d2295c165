// In-page instrumentation, installed with addInitScript before any app script runs. Self-contained:
// Playwright serialises the function, so it may use nothing from this module's scope.
//
// window.__bench holds:
// - longtasks / frames: every 'longtask' and 'long-animation-frame' entry (buffered), for drag windows;
// - itemWrites: performance.now() when each readwrite transaction touching the 'items' store completed
//   (IDBDatabase.prototype.transaction is wrapped before Dexie loads) — "move committed in IndexedDB";
// - events: the last pointerup / keydown / input dispatch times (capture phase, performance.now());
// - boardPainted: the board with cards in every expected column, measured as the first frame after
//   the cards are in the DOM (MutationObserver → requestAnimationFrame → next task = after that paint);
// - helpers used by measure.mjs (regions, cards, frame-gap recorder, filtered-paint watcher).

/**
 * @param {{ expectedColumns: string[], workerProbe?: string }} options  column titles that must show at
 *   least one card; the source of installWorkerProbe
 */
export function installProbe(options) {
  const B = (window.__bench = {
    longtasks: [],
    loafs: [],
    itemWrites: [],
    events: { pointerup: 0, keydown: 0, input: 0, keys: [] },
    boardPainted: null,
    cardsInDom: null,
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    B.longtasksUnsupported = true;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts || []).map((s) => ({
            start: s.startTime,
            duration: s.duration,
            invoker: s.invoker,
            fn: s.sourceFunctionName,
            url: s.sourceURL,
            pos: s.sourceCharPosition,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Older Chromium: long tasks alone.
  }

  // The app writes a dropped card from a worker (src/storage/move.worker.ts). Every module worker the
  // app starts is started through a small wrapper that installs installWorkerProbe (its source comes
  // in options.workerProbe) and then imports the app's worker; the probe reports the worker's item
  // writes over this channel in absolute time, stored here like the page's own.
  B.workerWrites = new BroadcastChannel('bench-item-writes');
  B.workerWrites.onmessage = (event) => B.itemWrites.push(event.data - performance.timeOrigin);
  if (options.workerProbe) {
    const AppWorker = window.Worker;
    const ProbedWorker = function (url, workerOptions) {
      if (workerOptions?.type !== 'module') return new AppWorker(url, workerOptions);
      // Messages that arrive while the app's worker loads are held and handed to it once it listens.
      const source = [
        `(${options.workerProbe})();`,
        'const held = [];',
        'self.onmessage = (event) => held.push(event.data);',
        `await import(${JSON.stringify(new URL(url, location.href).href)});`,
        "for (const data of held) self.dispatchEvent(new MessageEvent('message', { data }));",
      ].join('\n');
      const wrapper = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      return new AppWorker(wrapper, workerOptions);
    };
    ProbedWorker.prototype = AppWorker.prototype;
    window.Worker = ProbedWorker;
  }

  const origTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, opts) {
    const tx = origTransaction.call(this, stores, mode, opts);
    if (mode === 'readwrite') {
      const names = typeof stores === 'string' ? [stores] : Array.from(stores);
      if (names.includes('items'))
        tx.addEventListener('complete', () => B.itemWrites.push(performance.now()));
    }
    return tx;
  };

  // First read of the 'items' store (getAll or cursor): when it was issued and when its first result
  // arrived — separates waiting for IndexedDB from rendering in the board-paint figure.
  B.firstItemsRead = null;
  for (const method of ['getAll', 'openCursor']) {
    const orig = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const req = orig.apply(this, args);
      if (this.name === 'items' && B.firstItemsRead === null) {
        const rec = (B.firstItemsRead = { method, issued: performance.now(), success: null });
        req.addEventListener('success', () => (rec.success ??= performance.now()), { once: true });
      }
      return req;
    };
  }

  addEventListener(
    'pointerup',
    () => {
      B.events.pointerup = performance.now();
      B.dropped = true;
    },
    true,
  );
  addEventListener(
    'keydown',
    (e) => {
      B.events.keydown = performance.now();
      B.events.keys.push({ key: e.key, t: B.events.keydown });
    },
    true,
  );
  // The first input event after watchFiltered() reset it: typing starts the filter.
  addEventListener('input', () => (B.events.input ||= performance.now()), true);

  /** Runs `cb(time)` in the first task after the next frame is presented (rAF, then a message). */
  B.afterNextPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });

  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    return '';
  };
  B.nameOf = nameOf;

  /** The column regions by title (a region's name begins with the column title). */
  B.regions = (titles) => {
    const found = {};
    for (const el of document.querySelectorAll('section, [role="region"]')) {
      const name = nameOf(el);
      for (const t of titles)
        if (!found[t] && (name === t || name.startsWith(t + ' ') || name.startsWith(t + ','))) found[t] = el;
    }
    return found;
  };
  B.cardsIn = (region) => Array.from(region.querySelectorAll('li[aria-labelledby], li[aria-label]'));

  const boardReady = () => {
    const regions = B.regions(options.expectedColumns);
    return options.expectedColumns.every((t) => regions[t] && B.cardsIn(regions[t]).length > 0);
  };

  const startBoardWatch = () => {
    const observer = new MutationObserver(() => {
      if (B.cardsInDom !== null || !boardReady()) return;
      B.cardsInDom = performance.now();
      observer.disconnect();
      B.afterNextPaint((t) => {
        B.boardPainted = t;
        // Lets the harness wait without polling in the page (see pageSignal in measure.mjs).
        console.debug('bench:board-painted');
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  if (options.expectedColumns.length > 0) startBoardWatch();

  /** Longest gap between animation frames until stop() is called. */
  B.startFrameGaps = () => {
    const rec = { max: 0, frames: 0, last: 0, running: true };
    const loop = (t) => {
      if (rec.last) rec.max = Math.max(rec.max, t - rec.last);
      rec.last = t;
      rec.frames++;
      if (rec.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    B.frameGaps = rec;
  };
  B.stopFrameGaps = () => {
    const rec = B.frameGaps;
    rec.running = false;
    return { maxGap: rec.max, frames: rec.frames };
  };

  /**
   * Resolves with the time the board, filtered by `needle`, was painted: every card in the board
   * carries the needle in its name, and every column in `columns` shows at least one card.
   */
  B.watchFiltered = (needle, columns, allTitles) => {
    const lower = needle.toLocaleLowerCase('de');
    B.filterPainted = null;
    B.events.input = 0;
    const done = () => {
      const regions = B.regions(allTitles);
      let total = 0;
      for (const t of allTitles) {
        const region = regions[t];
        if (!region) continue;
        const cards = B.cardsIn(region);
        total += cards.length;
        if (cards.some((c) => !nameOf(c).toLocaleLowerCase('de').includes(lower))) return false;
        if (columns.includes(t) && cards.length === 0) return false;
      }
      return total > 0;
    };
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      B.afterNextPaint((t) => {
        B.filterPainted = t;
        console.debug('bench:filter-painted');
      });
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  };

  /**
   * Records (B.movedShown) the first paint after the board shows the card named `title` in column
   * `to` and no longer in `from`: what the user sees of a drop, whatever the storage does.
   */
  B.watchMoved = (title, from, to, titles) => {
    B.movedShown = null;
    const shown = () => {
      const regions = B.regions(titles);
      const has = (t) => (regions[t] ? B.cardsIn(regions[t]).some((c) => nameOf(c) === title) : false);
      return has(to) && !has(from);
    };
    const observer = new MutationObserver(() => {
      // Only after the drop: while dragging, an overlay or placeholder may already sit in the target.
      if (!B.dropped || !shown()) return;
      observer.disconnect();
      B.afterNextPaint((t) => (B.movedShown = t));
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    B.stopWatchMoved = () => observer.disconnect();
  };

  /** Raw IndexedDB read of one item's column (no Dexie), for verifying a committed move. */
  B.readColumn = (id) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('redaktionsplan');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const req = db.transaction('items', 'readonly').objectStore('items').get(id);
        req.onsuccess = () => {
          resolve(req.result ? req.result.column : null);
          db.close();
        };
        req.onerror = () => reject(req.error);
      };
    });
}

/**
 * Installed in each of the app's module workers (see the Worker wrapper in installProbe): the worker's readwrite transactions on
 * 'items' are reported to the page probe when they complete, as absolute times (timeOrigin + now), so
 * a move written off the main thread counts as committed when the worker's transaction completes.
 */
export function installWorkerProbe() {
  if (self.__benchWorkerProbe) return;
  self.__benchWorkerProbe = true;
  const channel = new BroadcastChannel('bench-item-writes');
  const origTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, opts) {
    const tx = origTransaction.call(this, stores, mode, opts);
    if (mode === 'readwrite') {
      const names = typeof stores === 'string' ? [stores] : Array.from(stores);
      if (names.includes('items'))
        tx.addEventListener('complete', () =>
          channel.postMessage(performance.timeOrigin + performance.now()),
        );
    }
    return tx;
  };
}
