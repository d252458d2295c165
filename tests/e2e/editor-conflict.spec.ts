// Two tabs of one browser edit the same item and both save (issue 15, defect 8). The second save
// must not silently overwrite the first: she is told which fields changed in the other tab, sees
// both versions, chooses per field, and the stored item then holds exactly what she chose.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, createThroughEditor, expectNoAxeViolations, openBoard } from './helpers';

async function openEditor(page: Page, title: string): Promise<Locator> {
  await card(page, title).getByText(title).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag bearbeiten' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the second tab to save is shown the other tab’s changes and chooses per field', async ({
  page,
  context,
}) => {
  await openBoard(page);
  await createThroughEditor(page, 'Wasserampel');
  const second = await context.newPage();
  await openBoard(second);

  const first = await openEditor(page, 'Wasserampel');
  const mine = await openEditor(second, 'Wasserampel');

  // The first tab changes title and Themeninfo and saves.
  await first.getByLabel('Titel', { exact: true }).fill('Wasserampel steht auf Gelb');
  await first.getByLabel('Themeninfo').fill('Bitte Gärten nur abends gießen.');
  await first.getByRole('button', { name: 'Speichern' }).click();
  await expect(first).toBeHidden();

  // The second tab, opened before that save, changes the same two fields and the notes.
  await mine.getByLabel('Titel', { exact: true }).fill('Wasserampel steht auf Rot');
  await mine.getByLabel('Themeninfo').fill('Rasensprengen ist ab sofort verboten.');
  await mine.getByLabel('Notizen').fill('Pressemitteilung mit dem Wasserwerk abstimmen.');
  await mine.getByRole('button', { name: 'Speichern' }).click();

  // Nothing was written, the dialog stays, and the notice names exactly the fields both changed.
  await expect(mine).toBeVisible();
  await expect(mine.getByRole('alert')).toContainText(
    'Dieser Beitrag wurde inzwischen in einem anderen Tab geändert: Titel, Themeninfo.',
  );
  const choices = mine.getByRole('group', { name: 'In einem anderen Tab geändert' });
  await expect(choices.getByRole('group')).toHaveCount(2);
  const title = choices.getByRole('group', { name: 'Titel' });
  const brief = choices.getByRole('group', { name: 'Themeninfo' });
  await expect(title).toContainText('Wasserampel steht auf Rot');
  await expect(title).toContainText('Wasserampel steht auf Gelb');
  await expect(brief).toContainText('Rasensprengen ist ab sofort verboten.');
  await expect(brief).toContainText('Bitte Gärten nur abends gießen.');
  // Her text is still in the form until she chooses.
  await expect(mine.getByLabel('Titel', { exact: true })).toHaveValue('Wasserampel steht auf Rot');
  await expect(mine.getByLabel('Notizen')).toHaveValue('Pressemitteilung mit dem Wasserwerk abstimmen.');
  await expectNoAxeViolations(second, 'dialog');

  // Keyboard only: the first choice has focus after the refused save.
  await expect(title.getByRole('radio', { name: 'Meine behalten' })).toBeFocused();
  // Taking theirs puts their text into the field; switching back gives hers again; nothing is lost.
  await title.getByRole('radio', { name: 'Übernehmen' }).check();
  await expect(mine.getByLabel('Titel', { exact: true })).toHaveValue('Wasserampel steht auf Gelb');
  await title.getByRole('radio', { name: 'Meine behalten' }).check();
  await expect(mine.getByLabel('Titel', { exact: true })).toHaveValue('Wasserampel steht auf Rot');
  await title.getByRole('radio', { name: 'Übernehmen' }).press('Space');
  await expect(mine.getByLabel('Titel', { exact: true })).toHaveValue('Wasserampel steht auf Gelb');
  await brief.getByRole('radio', { name: 'Meine behalten' }).check();

  await mine.getByRole('button', { name: 'Speichern' }).click();
  await expect(mine).toBeHidden();

  // Both tabs show what she chose: their title, her Themeninfo, her notes.
  for (const tab of [page, second]) {
    const dialog = await openEditor(tab, 'Wasserampel steht auf Gelb');
    await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('Wasserampel steht auf Gelb');
    await expect(dialog.getByLabel('Themeninfo')).toHaveValue('Rasensprengen ist ab sofort verboten.');
    await expect(dialog.getByLabel('Notizen')).toHaveValue('Pressemitteilung mit dem Wasserwerk abstimmen.');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('a change in the other tab to a field she left alone saves without a question', async ({
  page,
  context,
}) => {
  await openBoard(page);
  await createThroughEditor(page, 'Stadtnachrichten März');
  const second = await context.newPage();
  await openBoard(second);
  const first = await openEditor(page, 'Stadtnachrichten März');
  const mine = await openEditor(second, 'Stadtnachrichten März');

  await first.getByLabel('Fachbereich', { exact: true }).fill('Bürgerservice');
  await first.getByRole('button', { name: 'Speichern' }).click();
  await expect(first).toBeHidden();

  await mine.getByLabel('Ansprechperson').fill('Frau Yılmaz');
  await mine.getByRole('button', { name: 'Speichern' }).click();
  await expect(mine).toBeHidden();

  const dialog = await openEditor(page, 'Stadtnachrichten März');
  await expect(dialog.getByLabel('Fachbereich', { exact: true })).toHaveValue('Bürgerservice');
  await expect(dialog.getByLabel('Ansprechperson')).toHaveValue('Frau Yılmaz');
});
