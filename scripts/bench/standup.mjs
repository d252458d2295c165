// "Stand-up open with N items": from the click on the `Stand-up` link (board loaded) to the
// first frame painted with the whole agenda — all four sections (Heute, Fehlt noch, Schieben, Neu)
// in the DOM — measured in the page with performance.now() (MutationObserver → rAF → next task, like
// the board figure). The lazy stand-up chunk is fetched on that click, as for a real user; one
// warm-up open first fills the HTTP and code caches. Target (issue #3): ≤ 200 ms at 5,000 items.
import { gotoBoard, pageSignal } from './measure.mjs';

const SECTIONS = ['Heute', 'Fehlt noch', 'Schieben', 'Neu'];

async function openOnce(context, url, timeout) {
  const page = await context.newPage();
  try {
    const board = await gotoBoard(page, url, timeout);
    if (board.na) return { na: `board not shown before opening the stand-up: ${board.na}` };
    // The user clicks once the board has loaded; its background column reads would otherwise be timed too.
    await page
      .waitForFunction(() => !document.querySelector('.board[aria-busy="true"]'), undefined, {
        timeout,
        polling: 20,
      })
      .catch(() => {});
    const link = page.getByRole('link', { name: 'Stand-up', exact: true });
    if ((await link.count()) === 0) return { na: 'no `Stand-up` link in the navigation' };
    await page.evaluate((sections) => {
      const B = window.__bench;
      B.standupShown = null;
      B.standupClick = null;
      addEventListener('click', () => (B.standupClick ??= performance.now()), { capture: true, once: true });
      const shown = () => {
        const headings = [...document.querySelectorAll('.agenda-section h2')].map((h) =>
          h.textContent.trim(),
        );
        return sections.every((s) => headings.includes(s));
      };
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        B.afterNextPaint((t) => {
          B.standupShown = t;
          console.debug('bench:standup-shown');
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }, SECTIONS);
    const shown = pageSignal(page, 'bench:standup-shown', timeout);
    await link.click();
    if (!(await shown)) return { na: 'the agenda with its four sections was not shown' };
    const ms = await page.evaluate(() => window.__bench.standupShown - window.__bench.standupClick);
    return { ms };
  } finally {
    await page.close();
  }
}

/** `runs` measured opens after one warm-up; returns [{ standup: { ms } | { na } }]. */
export async function measureStandupOpen(context, { url, runs, timeout }) {
  await openOnce(context, url, timeout);
  const out = [];
  for (let i = 0; i < runs; i++) out.push({ standup: await openOnce(context, url, timeout) });
  return out;
}
