// Kalender in real Chromium: a seeded week with its KW, rescheduling by mouse, keyboard, tray drag and
// "Datum ändern", the board showing the new date, axe on the week and month views.
// The clock is fixed to Wednesday 25.11.2026 (KW 48) so the shown week is known.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, dragWithMouse, expectNoAxeViolations, keyboardDragReady, openBoard } from './helpers';

async function createItem(page: Page, title: string, date?: string, time?: string) {
  await page.getByRole('button', { name: 'Neuer Beitrag', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel', { exact: true }).fill(title);
  if (date) await dialog.getByLabel('Veröffentlichung').fill(date);
  if (time) await dialog.getByLabel(/^Uhrzeit/).fill(time);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
}

const day = (page: Page, name: RegExp) => page.getByRole('group', { name });
const item = (scope: Locator, title: string) => scope.getByRole('listitem', { name: title, exact: true });

test('the week shows planned items; mouse, keyboard, tray and "Datum ändern" reschedule them', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00+01:00'));
  await openBoard(page);
  await createItem(page, 'Wochenvideo', '2026-11-24', '17:00');
  await createItem(page, 'Newsletter KW 48', '2026-11-25');
  await createItem(page, 'Kita-Umfrage');
  await createItem(page, 'Stadtfest 2031', '2031-06-01');

  await page.getByRole('link', { name: 'Kalender' }).click();
  await expect(page.getByRole('heading', { name: 'KW 48 · 23.11.–29.11.2026' })).toBeVisible();
  const tuesday = day(page, /^Dienstag 24\.11\./);
  const wednesday = day(page, /^Mittwoch 25\.11\. Heute/);
  const thursday = day(page, /^Donnerstag 26\.11\./);
  const friday = day(page, /^Freitag 27\.11\./);
  await expect(item(tuesday, 'Wochenvideo')).toContainText('17:00');
  await expect(item(wednesday, 'Newsletter KW 48')).toBeVisible();
  // An item dated years away is simply not in this week.
  await expect(page.getByText('Stadtfest 2031')).toHaveCount(0);
  const tray = page.getByRole('region', { name: /^Ohne Datum/ });
  await expect(item(tray, 'Kita-Umfrage')).toBeVisible();
  await expectNoAxeViolations(page);

  // Mouse: Tuesday → Thursday, the time of day stays.
  await dragWithMouse(page, item(tuesday, 'Wochenvideo'), thursday);
  await expect(item(thursday, 'Wochenvideo')).toContainText('17:00');
  await expect(item(tuesday, 'Wochenvideo')).toHaveCount(0);

  // Keyboard: pick up, one day right, drop; German announcements; focus stays on the item.
  const handle = page.getByRole('button', { name: 'Newsletter KW 48, auf einen anderen Tag ziehen' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText('Beitrag „Newsletter KW 48“ aufgenommen. Mittwoch, 25.11.2026.'),
  ).toBeAttached();
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Beitrag „Newsletter KW 48“: Donnerstag, 26.11.2026.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(item(thursday, 'Newsletter KW 48')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Newsletter KW 48, auf einen anderen Tag ziehen' }),
  ).toBeFocused();

  // Tray: an undated item dragged onto Friday gets that date.
  await dragWithMouse(page, item(tray, 'Kita-Umfrage'), friday);
  await expect(item(friday, 'Kita-Umfrage')).toBeVisible();
  await expect(tray.getByText('Alle offenen Beiträge haben ein Datum.')).toBeVisible();

  // No drag at all: "Datum ändern" with a date input.
  await page.getByRole('button', { name: 'Datum ändern: Kita-Umfrage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Datum ändern: „Kita-Umfrage“' });
  await dialog.getByLabel('Neues Datum').fill('2026-11-28');
  await dialog.getByRole('button', { name: 'Verschieben' }).click();
  await expect(item(day(page, /^Samstag 28\.11\./), 'Kita-Umfrage')).toBeVisible();

  // The month view, with the KW of each week; axe again.
  await page.getByRole('button', { name: 'Monat', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'November 2026' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '48' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The board shows the new dates; the editor opened from the calendar is the board's editor.
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(card(page, 'Wochenvideo')).toContainText('26.11.2026 17:00');
  await expect(card(page, 'Newsletter KW 48')).toContainText('26.11.2026');
  await page.getByRole('link', { name: 'Kalender' }).click();
  await page.getByRole('button', { name: 'Woche', exact: true }).click();
  await page.getByRole('button', { name: 'Kita-Umfrage', exact: true }).click();
  await expect(page.getByRole('dialog').getByLabel('Veröffentlichung')).toHaveValue('2026-11-28');
});

test('back to "Ohne Datum" by drag or "Datum entfernen", with undo; a move out of the week says where it went', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00+01:00'));
  await openBoard(page);
  await createItem(page, 'Wochenvideo', '2026-11-24', '17:00');
  await createItem(page, 'Newsletter KW 48', '2026-11-25');
  await page.getByRole('link', { name: 'Kalender' }).click();
  const tuesday = day(page, /^Dienstag 24\.11\./);
  const wednesday = day(page, /^Mittwoch 25\.11\. Heute/);
  const tray = page.getByRole('region', { name: /^Ohne Datum/ });
  await expect(tray.getByText('Alle offenen Beiträge haben ein Datum.')).toBeVisible();

  // Mouse: from Tuesday onto the tray removes date and time; undo puts both back.
  await dragWithMouse(page, item(tuesday, 'Wochenvideo'), tray);
  await expect(item(tray, 'Wochenvideo')).toBeVisible();
  await expect(item(tuesday, 'Wochenvideo')).toHaveCount(0);
  await expect(item(tray, 'Wochenvideo')).not.toContainText('17:00');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(item(tuesday, 'Wochenvideo')).toContainText('17:00');

  // Keyboard: "Datum ändern" → "Datum entfernen"; focus follows the item into the tray.
  await page.getByRole('button', { name: 'Datum ändern: Newsletter KW 48' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Datum ändern: „Newsletter KW 48“' });
  await dialog.getByRole('button', { name: 'Datum entfernen' }).click();
  await expect(item(tray, 'Newsletter KW 48')).toBeVisible();
  await expect(item(wednesday, 'Newsletter KW 48')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Datum ändern: Newsletter KW 48' })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: '„Newsletter KW 48“ hat kein Datum mehr (Ohne Datum).' }),
  ).toBeVisible();

  // Out of the shown week: the notice says where it went, its button has focus and shows that week.
  await page.getByRole('button', { name: 'Datum ändern: Wochenvideo' }).click();
  await page
    .getByRole('dialog', { name: 'Datum ändern: „Wochenvideo“' })
    .getByLabel('Neues Datum')
    .fill('2026-12-03');
  await page.getByRole('button', { name: 'Verschieben', exact: true }).click();
  const goTo = page.getByRole('button', { name: 'KW 49 anzeigen' });
  await expect(goTo).toBeFocused();
  await expect(goTo).toHaveAccessibleDescription('„Wochenvideo“ auf 03.12.2026 verschoben (KW 49).');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'KW 49 · 30.11.–06.12.2026' })).toBeVisible();
  await expect(item(day(page, /^Donnerstag 03\.12\./), 'Wochenvideo')).toContainText('17:00');
  await expectNoAxeViolations(page);
});
