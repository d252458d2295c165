import { expect, test, type Page } from '@playwright/test';
import { keyboardDragReady, reloadWhenSaved } from './helpers';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function quickAdd(page: Page, column: string, title: string) {
  await page.getByLabel(`Neuer Beitrag in ${column}`, { exact: true }).fill(title);
  await page.getByLabel(`Neuer Beitrag in ${column}`, { exact: true }).press('Enter');
  await expect(region(page, column).getByRole('listitem', { name: title })).toBeVisible();
}

test('a card is dragged with the mouse from Idee to Entwurf and stays there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await quickAdd(page, 'Idee', 'Radweg Stadtpark');

  const card = region(page, 'Idee').getByRole('listitem', { name: 'Radweg Stadtpark' });
  const from = (await card.boundingBox())!;
  const to = (await region(page, 'Entwurf').boundingBox())!;
  await page.mouse.move(from.x + 30, from.y + 15);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.up();

  await expect(region(page, 'Entwurf').getByRole('listitem', { name: 'Radweg Stadtpark' })).toBeVisible();
  await expect(region(page, 'Idee').getByRole('listitem', { name: 'Radweg Stadtpark' })).toHaveCount(0);
  await reloadWhenSaved(page);
  await expect(region(page, 'Entwurf').getByRole('listitem', { name: 'Radweg Stadtpark' })).toBeVisible();
});

test('a card is moved with the keyboard alone and a drop outside the board writes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await quickAdd(page, 'Idee', 'Kita-Anmeldung');
  await quickAdd(page, 'Themeninfo eingegangen', 'Grundsteuer');

  const handle = page.getByRole('button', { name: /^Kita-Anmeldung/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText(/Karte „Kita-Anmeldung“ aufgenommen\. Spalte Idee, Position 1 von 1\./),
  ).toBeAttached();
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Spalte Themeninfo eingegangen, Position 1 von 2\./)).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/Spalte Themeninfo eingegangen, Position 2 von 2\./)).toBeAttached();
  await page.keyboard.press('Space');

  const themeninfo = region(page, 'Themeninfo eingegangen');
  await expect(themeninfo.getByRole('listitem', { name: 'Kita-Anmeldung' })).toBeVisible();
  await expect(themeninfo.getByRole('listitem')).toHaveText([/Grundsteuer/, /Kita-Anmeldung/]);
  await expect(page.getByRole('button', { name: /^Kita-Anmeldung/ })).toBeFocused();

  // Escape cancels: nothing moves.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(themeninfo.getByRole('listitem', { name: 'Kita-Anmeldung' })).toBeVisible();

  // A mouse drop outside every column puts the card back.
  const card = themeninfo.getByRole('listitem', { name: 'Grundsteuer' });
  const from = (await card.boundingBox())!;
  await page.mouse.move(from.x + 30, from.y + 15);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 25, { steps: 3 });
  await page.mouse.move(600, 30, { steps: 8 });
  await page.mouse.up();

  await reloadWhenSaved(page);
  await expect(region(page, 'Themeninfo eingegangen').getByRole('listitem')).toHaveText([
    /Grundsteuer/,
    /Kita-Anmeldung/,
  ]);
  await expect(region(page, 'Idee').getByRole('listitem')).toHaveCount(0);
});

test('the "Verschieben nach…" menu moves a card without dragging', async ({ page }) => {
  await page.goto('/');
  await quickAdd(page, 'Idee', 'Wasserampel');
  const card = region(page, 'Idee').getByRole('listitem', { name: 'Wasserampel' });
  await card.getByRole('button', { name: 'Verschieben nach…' }).click();
  await page.getByRole('menuitem', { name: 'Freigegeben' }).click();
  await expect(region(page, 'Freigegeben').getByRole('listitem', { name: 'Wasserampel' })).toBeVisible();
  await reloadWhenSaved(page);
  await expect(region(page, 'Freigegeben').getByRole('listitem', { name: 'Wasserampel' })).toBeVisible();
});
