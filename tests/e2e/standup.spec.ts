import { expect, test, type Page } from '@playwright/test';
import { card, column, escapeRegExp, expectNoAxeViolations } from './helpers';

// A demo item in Entwurf planned two days ago: always overdue on the day the demo is loaded.
const OVERDUE = 'Rücksichtnahme: Müll gehört nicht in den Wald (Reel)';

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/einstellungen');
  await page.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(page.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();
}

/** Tomorrow in the browser's (Berlin) calendar, as dd.MM.yyyy. */
function tomorrowInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
  });
}

test('stand-up: agenda sections, a keyboard-only push to tomorrow, the saved record after a reload', async ({
  page,
}) => {
  await loadDemo(page);
  await page.getByRole('link', { name: 'Stand-up' }).click();
  for (const name of ['Heute', 'Fehlt noch', 'Schieben', 'Neu'])
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  const schieben = page.getByRole('region', { name: 'Schieben', exact: true });
  const overdue = schieben.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(OVERDUE)}`) });
  await expect(overdue).toBeVisible();
  await expect(page.getByText(/Angenommen: eingegangen seit dem letzten Arbeitstag/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Stand-up starten' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^1[45]:\d\d$/);
  await expect(timer).toHaveAttribute('aria-live', 'off');
  await expectNoAxeViolations(page);

  // Keyboard alone: walk the agenda with J to the overdue entry, then M = morgen.
  for (let i = 0; i < 40 && !(await overdue.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('j');
  await expect(overdue).toBeFocused();
  await page.keyboard.press('m');
  const tomorrow = await tomorrowInPage(page);
  await expect(page.getByRole('status').filter({ hasText: `auf ${tomorrow} verschoben` })).toBeVisible();
  await expect(overdue).toHaveCount(0);
  // Focus stays in the agenda (on the entry that took its place), so the walk goes on.
  await expect(page.locator('[data-agenda-entry]:focus')).toHaveCount(1);

  await page.getByLabel('Notizen').fill('Gasleck: Lage mittags neu bewerten');
  await page.getByRole('button', { name: 'Stand-up beenden' }).click();
  await expect(page.getByRole('button', { name: 'Stand-up starten' })).toBeVisible();

  await page.reload();
  const past = page.getByRole('region', { name: 'Frühere Stand-ups' });
  await past.locator('summary').first().click();
  await expect(
    past.getByText(new RegExp(`„${escapeRegExp(OVERDUE)}“: von .* auf ${tomorrow} verschoben`)),
  ).toBeVisible();
  await expect(past.getByText('Gasleck: Lage mittags neu bewerten')).toBeVisible();

  await page.getByRole('link', { name: 'Board' }).click();
  await expect(card(column(page, 'Entwurf'), OVERDUE)).toContainText(tomorrow);
});

test('a paused stand-up survives a reload with its time', async ({ page }) => {
  await page.goto('/#/standup');
  await page.getByRole('button', { name: 'Stand-up starten' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  // The button turns into "Weiter" once the pause is saved (it is read back from the database); a
  // reload before that would race the write.
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible();
  const shown = await page.getByRole('timer').textContent();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(shown!);
  await expect(page.getByText(/Bleibt beim Neuladen erhalten/)).toBeVisible();
});

test('the stand-up and calendar code loads while the board shows, before either link is clicked', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Stand-up' })).toBeVisible();
  const loaded = () =>
    page.evaluate(() =>
      ['StandupView', 'CalendarView'].filter((view) =>
        performance
          .getEntriesByType('resource')
          .some((entry) => new RegExp(`/${view}-[^/]*\\.js$`).test(entry.name)),
      ),
    );
  await expect.poll(loaded, { timeout: 5000 }).toEqual(['StandupView', 'CalendarView']);
  await page.getByRole('link', { name: 'Stand-up' }).click();
  await expect(page.getByRole('region', { name: 'Heute', exact: true })).toBeVisible();
});
