// Shared steps for end-to-end tests, written against the UI contract in DESIGN.md.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const COLUMNS = [
  'Idee',
  'Themeninfo eingegangen',
  'Entwurf',
  'Freigegeben',
  'Veröffentlicht',
] as const;

export function column(page: Page, name: (typeof COLUMNS)[number]): Locator {
  return page.getByRole('region', { name, exact: true });
}

export function card(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(title)}`) });
}

export function dragHandle(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reloads once the board has written what it shows: a drop shows its card in the new place at
 * once, and the board is aria-busy until the write is read back. A reload a moment earlier would
 * abort the write, as closing the tab would.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect(page.locator('#board')).toHaveAttribute('aria-busy', 'false');
  await page.reload();
}

export async function openBoard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(column(page, 'Idee')).toBeVisible();
}

/** Creates an item through `Neuer Beitrag` and the editor dialog. */
export async function createThroughEditor(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel', { exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, title)).toBeVisible();
}

export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** A real pointer drag in small steps, as a hand would do it (dnd-kit needs movement past its threshold). */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  const startX = source.x + source.width / 2;
  const startY = source.y + Math.min(source.height / 2, 20);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 10, startY + 10, { steps: 5 });
  const endX = target.x + target.width / 2;
  const endY = target.y + Math.min(target.height / 2, 120);
  await page.mouse.move(endX, endY, { steps: 20 });
  await page.mouse.move(endX, endY + 2, { steps: 2 });
  await page.mouse.up();
}

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys in a timer queued when the card is
 * picked up, so the pick-up announcement can be on screen a moment before. A zero timer queued now
 * runs after that one: then the next key is heard. (A person never types that fast; a test can.)
 */
export async function keyboardDragReady(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
