// The first frame the browser paints must already show each card where it belongs. Column cards are
// virtualised and their heights are only known once laid out; those heights have to reach the card
// positions before that frame is painted, or the board opens (and a filter lands) with cards drawn
// over each other for a frame and then jumping into place.
import { expect, test, type Page } from '@playwright/test';

/** Installed before the app loads: the vertical gaps between neighbouring cards, per column, in px. */
function recordGapsInFirstFrames() {
  const w = window as unknown as { __gaps: Record<string, number[][]> };
  w.__gaps = {};
  const gapsNow = () =>
    Array.from(document.querySelectorAll('section.column')).map((column) => {
      const scroller = column.querySelector('.column-scroller')!.getBoundingClientRect();
      const rects = Array.from(column.querySelectorAll('li.card'))
        .map((li) => li.getBoundingClientRect())
        .filter((r) => r.bottom > scroller.top && r.top < scroller.bottom) // on screen
        .sort((a, b) => a.top - b.top);
      return rects.slice(1).map((r, i) => Math.round(r.top - rects[i]!.bottom));
    });
  /** Runs in the first task after the next frame, i.e. sees what that frame showed. */
  const afterNextFrame = (label: string) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__gaps[label] = gapsNow());
      channel.port2.postMessage(0);
    });
  const boardShown = new MutationObserver(() => {
    const columns = Array.from(document.querySelectorAll('section.column'));
    if (columns.length < 5 || columns.some((c) => !c.querySelector('li.card'))) return;
    boardShown.disconnect();
    afterNextFrame('board');
  });
  boardShown.observe(document, { childList: true, subtree: true });
  addEventListener('input', () => afterNextFrame('filter'), { capture: true, once: true });
}

async function gaps(page: Page, label: string): Promise<number[][]> {
  await page.waitForFunction(
    (l) => (window as unknown as { __gaps?: Record<string, unknown> }).__gaps?.[l] !== undefined,
    label,
  );
  return page.evaluate(
    (l) => (window as unknown as { __gaps: Record<string, number[][]> }).__gaps[l]!,
    label,
  );
}

test('the board and a filtered board paint their first frame with cards in place', async ({ page }) => {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();

  await page.goto('/#/board');
  await page.addInitScript(recordGapsInFirstFrames);
  await page.reload();
  const onOpen = await gaps(page, 'board');
  // Every column shows at least two cards, so there are gaps to check.
  expect(onOpen.every((column) => column.length >= 1)).toBe(true);
  // The stylesheet's gap between cards is 8 px: no overlap (negative) and no hole.
  for (const column of onOpen) for (const gap of column) expect(gap).toBe(8);

  await page.getByLabel('Suchen', { exact: true }).fill('Stadt');
  const filtered = await gaps(page, 'filter');
  expect(filtered.some((column) => column.length >= 1)).toBe(true);
  for (const column of filtered) for (const gap of column) expect(gap).toBe(8);
});
