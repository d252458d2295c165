// Automatic backups in real Chromium: a backup is taken at start once the board has content, and
// restoring it (after an inline confirm) can be undone.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('a daily backup appears after a reload, restores the board, and the restore can be undone', async ({
  page,
}) => {
  await page.goto('/#/einstellungen');
  const demo = page.getByRole('region', { name: 'Demodaten' });
  await demo.getByRole('button', { name: 'Demodaten laden' }).click();
  await expect(demo.getByText(/\d+ Beispielbeiträge wurden geladen/)).toBeVisible();

  await page.reload();
  const storage = page.getByRole('region', { name: 'Speicher und Sicherungen' });
  const backup = storage.getByRole('listitem').filter({ hasText: 'Tägliche Sicherung' });
  await expect(backup).toHaveCount(1);
  await expect(backup).toContainText(/\d\d\.\d\d\.\d{4} \d\d:\d\d/);
  await expect(storage.getByText(/Speicherplatz: .* von .* belegt/)).toBeVisible();
  await expect(storage.getByText(/Bitte exportieren Sie das Board als Datei/)).toBeVisible();

  // A change after the backup: a new team member.
  const team = page.getByRole('region', { name: 'Team' });
  await team.getByLabel('Name').fill('Kemal Yilmaz');
  await team.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(team.getByText('Kemal Yilmaz', { exact: true })).toBeVisible();

  await backup.getByRole('button', { name: /^Wiederherstellen/ }).click();
  await expect(backup.getByText(/Board auf den Stand vom .* zurücksetzen\?/)).toBeVisible();
  await expectNoAxeViolations(page);
  await backup.getByRole('button', { name: 'Ja, zurücksetzen' }).click();
  await expect(page.getByText(/Board auf den Stand vom .* zurückgesetzt\./)).toBeVisible();
  await expect(team.getByText('Kemal Yilmaz', { exact: true })).toBeHidden();
  await expect(storage.getByRole('listitem').filter({ hasText: 'Vor dem Wiederherstellen' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(team.getByText('Kemal Yilmaz', { exact: true })).toBeVisible();
});
