// The board on a phone and by keyboard alone (issue 16): the first card is on the first screen at
// 320 px with filters and file actions behind one button; a skip link leads to the board; each card
// is one tab stop whose buttons are reached with the arrow keys; the move menu leaves the card's
// title readable.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { column, expectNoAxeViolations, keyboardDragReady, openBoard } from './helpers';

async function loadDemo(page: Page) {
  await openBoard(page);
  await page.getByRole('button', { name: 'Demodaten laden' }).first().click();
  await expect(page.getByText(/Demo-Beiträge geladen/)).toBeVisible();
  await expect(cardsIn(column(page, 'Idee')).first()).toBeVisible();
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return document.getElementById(labelledBy)?.textContent?.trim() ?? '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

const cardTitleOf = (card: Locator) => card.locator('.card-title');
// The cards themselves: their channel tags are list items too.
const cardsIn = (scope: Locator) => scope.locator('.card-list > li');

test('at 320×640 a card is on the first screen; filters and file actions open from one button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await loadDemo(page);

  const first = cardsIn(column(page, 'Idee')).first();
  const box = (await first.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);

  const toggle = page.getByRole('button', { name: /^Filter und Datei/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Board exportieren' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Suchen' })).toBeHidden();
  await expectNoAxeViolations(page);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Board exportieren', 'Board importieren', 'Filter zurücksetzen']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  const search = page.getByRole('searchbox', { name: 'Suchen' });
  await expect(search).toBeVisible();
  await expectNoAxeViolations(page);

  // A filter set behind the closed button still says so on it.
  await search.fill('zzz-nichts');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveAccessibleName(/Filter und Datei.*aktiv/);
});

test('at 390×844 the first card starts in the upper half of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loadDemo(page);
  const box = (await cardsIn(column(page, 'Idee')).first().boundingBox())!;
  expect(box.y).toBeLessThan(844 / 2);
});

test('on a wide screen the filters and file actions show without the button', async ({ page }) => {
  await loadDemo(page);
  await expect(page.getByRole('button', { name: /^Filter und Datei/ })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Suchen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Board importieren', exact: true })).toBeVisible();
});

test('a skip link leads to the board, each card is one tab stop, arrows reach its buttons', async ({
  page,
}) => {
  await loadDemo(page);
  const idee = column(page, 'Idee');
  const cards = cardsIn(idee);
  const firstTitle = (await cardTitleOf(cards.nth(0)).textContent())!.trim();
  const secondTitle = (await cardTitleOf(cards.nth(1)).textContent())!.trim();

  // After a reload the first Tab lands on the skip link.
  await page.reload();
  await expect(cards.nth(1)).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Board springen' });
  await expect(skip).toBeFocused();
  const skipBox = (await skip.boundingBox())!;
  expect(skipBox.y).toBeGreaterThanOrEqual(0);
  expect(skipBox.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(cards.nth(0)).toBeFocused();

  // One tab stop per card: Tab goes from card to card.
  await page.keyboard.press('Tab');
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cards.nth(0)).toBeFocused();

  // Arrow keys walk the card's buttons, keeping the contract's names.
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toBe(`${firstTitle}, verschieben`);
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(0).getByRole('button', { name: 'Verschieben nach…' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName(page)).toBe(`${firstTitle}, verschieben`);

  // The card keeps the stop where she left it; the next card's stop is still the card.
  await page.keyboard.press('Tab');
  await expect(cards.nth(1)).toBeFocused();
  expect(await focusedName(page)).toBe(secondTitle);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe(`${firstTitle}, verschieben`);

  // The keyboard drag from the handle reached by arrows: arrows move the card, not the focus.
  await page.keyboard.press('Space');
  await expect(page.getByText(new RegExp(`Karte „${firstTitle}“ aufgenommen`))).toBeAttached();
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Spalte Themeninfo eingegangen, Position/).first()).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    column(page, 'Themeninfo eingegangen').getByRole('listitem', { name: new RegExp(`^${firstTitle}`) }),
  ).toBeVisible();
  expect(await focusedName(page)).toBe(`${firstTitle}, verschieben`);
});

const MENU_CASES = [
  { width: 1400, height: 700, columns: ['Idee', 'Entwurf', 'Freigegeben'] },
  // No room beside a card on a phone: the menu goes below its button all the same.
  { width: 320, height: 640, columns: ['Idee'] },
] as const;

for (const { width, height, columns } of MENU_CASES) {
  test(`at ${width}×${height} the move menu opens by its button and leaves the card title uncovered`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await loadDemo(page);
    for (const name of columns) {
      const cards = cardsIn(column(page, name));
      // The last card whose move button is fully on screen: the one with least room below.
      const count = await cards.count();
      let chosen: Locator | null = null;
      for (let i = count - 1; i >= 0; i--) {
        const button = cards.nth(i).getByRole('button', { name: 'Verschieben nach…' });
        const b = await button.boundingBox();
        if (b && b.y + b.height <= height - 8) {
          chosen = cards.nth(i);
          break;
        }
      }
      expect(chosen, name).not.toBeNull();
      const button = chosen!.getByRole('button', { name: 'Verschieben nach…' });
      await button.click();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      const m = (await menu.boundingBox())!;
      const t = (await cardTitleOf(chosen!).boundingBox())!;
      const b = (await button.boundingBox())!;
      const overlaps =
        m.x < t.x + t.width && t.x < m.x + m.width && m.y < t.y + t.height && t.y < m.y + m.height;
      expect(overlaps, `${name}: menu covers the card title`).toBe(false);
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y + m.height).toBeLessThanOrEqual(height);
      // Close to its button: touching it below, or beside it.
      const gapY = Math.max(0, m.y - (b.y + b.height), b.y - (m.y + m.height));
      const gapX = Math.max(0, m.x - (b.x + b.width), b.x - (m.x + m.width));
      expect(Math.min(gapY, gapX), `${name}: menu far from its button`).toBeLessThanOrEqual(40);
      // The menu still works after placing it (its own scroll must not have closed it).
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(button).toBeFocused();
    }
  });
}
