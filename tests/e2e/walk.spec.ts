// A walk through every view reachable from the main navigation (issue 5): nothing leaves the origin,
// axe finds nothing, the page reflows at 320 px (= 200 % zoom of a 640 px window, 400 % of 1280), and
// the main workflow works with the keyboard alone. Views are found through the navigation itself,
// so a view added later is walked without changing this file.
import { expect, test, type Page } from '@playwright/test';
import { card, column, expectNoAxeViolations, keyboardDragReady, openBoard } from './helpers';

async function loadDemo(page: Page) {
  await openBoard(page);
  await page.getByRole('button', { name: 'Demodaten laden' }).first().click();
  await expect(page.getByText(/Demo-Beiträge geladen/)).toBeVisible();
}

async function navLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation').getByRole('link').allInnerTexts();
}

async function visit(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading').first()).toBeVisible();
  // Let lazy views finish their first live query before they are inspected.
  await page.waitForLoadState('networkidle');
}

test('every view: no foreign request, no axe violation', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await loadDemo(page);
  const links = await navLinks(page);
  expect(links).toEqual(expect.arrayContaining(['Board', 'Einstellungen']));
  for (const name of links) {
    await visit(page, name);
    await expectNoAxeViolations(page);
  }
  // The editor and the import preview are views of their own.
  await visit(page, 'Board');
  await card(page, 'Podcast „Rathaus nah“ Folge 11').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
  expect(foreign).toEqual([]);
});

test('every view reflows at 320 px without sideways scrolling of the page', async ({ page }) => {
  await loadDemo(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const name of await navLinks(page)) {
    await visit(page, name);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    expect(widths, `${name} at 320 px`).toEqual({ page: 320, body: 320 });
    await expectNoAxeViolations(page);
  }
});

test('keyboard only: create an item, move it with the menu and the keyboard drag, open it again', async ({
  page,
}) => {
  await openBoard(page);
  const tabTo = async (matches: () => Promise<boolean>, what: string) => {
    for (let n = 0; n < 40; n++) {
      if (await matches()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${what}`);
  };
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });

  await page.locator('body').focus();
  await tabTo(async () => (await focusedName()) === 'Neuer Beitrag', 'Neuer Beitrag');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Titel', { exact: true })).toBeFocused();
  await page.keyboard.type('Radweg Aarstraße freigegeben');
  await tabTo(async () => (await focusedName()) === 'Speichern', 'Speichern');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const created = card(column(page, 'Idee'), 'Radweg Aarstraße freigegeben');
  await expect(created).toBeVisible();

  // Move with the menu, keyboard only: the card is one tab stop, its buttons are reached by arrows.
  await tabTo(async () => (await focusedName()).startsWith('Radweg Aarstraße freigegeben'), 'the card');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(created.getByRole('button', { name: 'Verschieben nach…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Entwurf' }).focus();
  await page.keyboard.press('Enter');
  await expect(card(column(page, 'Entwurf'), 'Radweg Aarstraße freigegeben')).toBeVisible();

  // Keyboard drag one column further right, then open the card with Enter.
  await page.getByRole('button', { name: /^Radweg Aarstraße freigegeben/ }).focus();
  // Each key waits for its German announcement, as a screen-reader user hears it before the next.
  await page.keyboard.press('Space');
  await expect(page.getByText(/Karte „Radweg Aarstraße freigegeben“ aufgenommen/)).toBeAttached();
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Spalte Freigegeben, Position 1 von 1/)).toBeAttached();
  await page.keyboard.press('Space');
  const approved = card(column(page, 'Freigegeben'), 'Radweg Aarstraße freigegeben');
  await expect(approved).toBeVisible();
  // Once the drop is stored (the board is no longer busy), as a screen-reader user waits for it.
  await expect(page.locator('#board')).toHaveAttribute('aria-busy', 'false');
  await approved.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('Radweg Aarstraße freigegeben');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
