// Urgent cards lead their column (DESIGN.md), also in the first frame after opening: the board paints
// each column's first screen before the whole column is read, and an urgent card from far down the
// column must already be on top there. Otherwise it jumps to the top a moment later, and a card she
// presses in that moment is not the one she aimed at.
import { expect, test } from '@playwright/test';
import { card, column, openBoard } from './helpers';

/** Installed before the app loads: the Idee column's card titles in the first painted frame. */
function recordFirstFrame() {
  const w = window as unknown as { __firstFrame?: string[] };
  const titles = () =>
    Array.from(document.querySelectorAll('#column-idee'))
      .flatMap((heading) => Array.from(heading.closest('section')!.querySelectorAll('li.card .card-title')))
      .map((title) => title.textContent ?? '');
  const shown = new MutationObserver(() => {
    if (titles().length === 0) return;
    shown.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__firstFrame = titles());
      channel.port2.postMessage(0);
    });
  });
  shown.observe(document, { childList: true, subtree: true });
}

test('an urgent card far down a column is on top from the first frame', async ({ page }) => {
  await openBoard(page);
  const idee = column(page, 'Idee');
  const quickAdd = idee.getByLabel('Neuer Beitrag in Idee');
  // More cards than the first screen holds (25); the urgent one is the last by rank.
  for (let i = 1; i <= 30; i++) {
    await quickAdd.fill(`Beitrag ${i}`);
    await quickAdd.press('Enter');
    await expect(quickAdd).toHaveValue('');
  }
  await card(idee, 'Beitrag 30').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Dringend').check();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  await page.addInitScript(recordFirstFrame);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: string[] }).__firstFrame);
  const firstFrame = await page.evaluate(
    () => (window as unknown as { __firstFrame: string[] }).__firstFrame,
  );
  expect(firstFrame.slice(0, 3)).toEqual(['Beitrag 30', 'Beitrag 1', 'Beitrag 2']);
  // And where the whole column puts it, once read.
  await expect(page.locator('.board[aria-busy="false"]')).toBeVisible();
  await expect(idee.locator('li.card .card-title').first()).toHaveText('Beitrag 30');
});
