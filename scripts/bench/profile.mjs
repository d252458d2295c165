// `BENCH_PROFILE=1 npm run bench`: where the time goes. Records a V8 CPU profile (CDP Profiler) of a board
// load, a pointer drag, a keyboard drag and a filter on an unminified build, and lists the functions
// with the most self time and the most inclusive time. Figures from this mode are not the budget
// (profiling slows the page); the names are the point.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filterBoard, gotoBoard, keyboardDrag, pointerDrag, settle } from './measure.mjs';
import { measureBoardFile } from './boardFile.mjs';

const TOP = 12;

async function record(cdp, body) {
  await cdp.send('Profiler.start');
  const outcome = await body();
  const { profile } = await cdp.send('Profiler.stop');
  return { outcome, profile };
}

const shortUrl = (url) => (url ? url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '') : '');

/**
 * The unminified bundle marks each module with a comment line "// node_modules/…" or "// src/…";
 * returns (url, line) → module path, so "(anonymous) :18045" reads as dexie or as our own file.
 */
export function moduleResolver(root) {
  const cache = new Map();
  const markersOf = (url) => {
    if (!cache.has(url)) {
      const file = path.join(root, 'dist', new URL(url).pathname);
      const markers = [];
      if (existsSync(file))
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const m = /^\/\/ ((?:node_modules|src)\/\S+)/.exec(text);
            // node_modules/@scope/pkg/dist/x.js → @scope/pkg; src/… stays a path.
            if (m)
              markers.push({ line: i, module: m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1') });
          });
      cache.set(url, markers);
    }
    return cache.get(url);
  };
  return (url, line) => {
    if (!/^https?:/.test(url ?? '')) return null;
    let found = null;
    for (const m of markersOf(url)) {
      if (m.line > line) break;
      found = m.module;
    }
    return found;
  };
}

/** Self and inclusive time per function (name + file + line), in ms. */
export function summariseProfile(profile, moduleOf = () => null) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const where = moduleOf(f.url, f.lineNumber) ?? shortUrl(f.url);
    return `${f.functionName || '(anonymous)'} ${where}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const total = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') return;
    busy += dt;
    const k = keyOf(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n.callFrame.functionName === '(root)') break;
      const key = keyOf(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const top = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
  return { busyMs: Math.round(busy), self: top(self), inclusive: top(total) };
}

function print(label, summary) {
  console.log(`\n### ${label} — ${summary.busyMs} ms of JS/GC/layout on the main thread`);
  console.log('| self ms | function | | incl. ms | function |');
  console.log('|---|---|---|---|---|');
  for (let i = 0; i < TOP; i++) {
    const s = summary.self[i];
    const t = summary.inclusive[i];
    console.log(`| ${s?.ms ?? ''} | ${s?.fn ?? ''} | | ${t?.ms ?? ''} | ${t?.fn ?? ''} |`);
  }
}

/** Profiles one load + interactions on a seeded context; returns the summaries. */
export async function profilePass(context, { url, board, root }) {
  const moduleOf = moduleResolver(root);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const result = {};
  try {
    const load = await record(cdp, async () => {
      return gotoBoard(page, url, 60_000);
    });
    result.load = { outcome: load.outcome, ...summariseProfile(load.profile, moduleOf) };
    print(`board load (${board.items.length} items)`, result.load);
    if (load.outcome.na) return result;
    const moved = [];
    for (const [name, run] of [
      ['pointer drag', () => pointerDrag(page, board, moved)],
      ['keyboard drag', () => keyboardDrag(page, board, moved)],
      ['filter', () => filterBoard(page, board)],
      // BENCH_FILE=only: the board file's export, import preview and merge instead of the drags.
    ].filter(([name]) => process.env.BENCH_FILE !== 'only' || name === 'filter')) {
      await settle(page);
      const r = await record(cdp, run);
      result[name] = { outcome: r.outcome, ...summariseProfile(r.profile, moduleOf) };
      print(`${name} (${board.items.length} items)`, result[name]);
      if (name === 'keyboard drag') await page.keyboard.press('Escape').catch(() => {});
    }
    if (process.env.BENCH_FILE === 'only' || process.env.BENCH_FILE === '1') {
      await settle(page);
      const r = await record(cdp, () => measureBoardFile(page, board.items.length));
      // For DevTools (Performance › Load profile): which task is long, not only which function is hot.
      mkdirSync(path.join(root, 'bench-results'), { recursive: true });
      writeFileSync(path.join(root, 'bench-results', 'board-file.cpuprofile'), JSON.stringify(r.profile));
      result['board file'] = { outcome: r.outcome, ...summariseProfile(r.profile, moduleOf) };
      print(`board file export + import + merge (${board.items.length} items)`, result['board file']);
    }
    return result;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
