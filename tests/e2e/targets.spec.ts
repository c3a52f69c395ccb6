import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readStore } from './support-db';

test('targets are set in the options page: each explained, a wrong one refused in words, a right one kept', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const targets = options.getByTestId('targets');
  const vague = targets.getByLabel('Notes flagged vague (%)');
  await expect(vague).toHaveValue('15');
  await expect(targets).toContainText('Lower is better.');
  await expect(targets).toContainText('Median days to update after a change in need: Set in Care-plan rules above.');

  await vague.fill('800');
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(targets.getByText('Notes flagged vague: enter a percentage from 0 to 100.')).toBeVisible();
  await expect(vague).toHaveAttribute('aria-invalid', 'true');
  expect((await readStore<{ key: string; value: { measureTargets?: object } }>(options, 'settings')).find((r) => r.key === 'settings')?.value.measureTargets ?? {}).toEqual({});
  expect((await new AxeBuilder({ page: options }).include('[data-testid="targets"]').analyze()).violations).toEqual([]);

  await vague.fill('10');
  await targets.getByLabel('Audit cycle score (%)').fill('90');
  await targets.getByRole('button', { name: 'Save targets' }).press('Enter');
  await expect(targets.getByRole('status')).toContainText('Saved.');
  const saved = (await readStore<{ key: string; value: { measureTargets: Record<string, number>; auditTarget: number } }>(options, 'settings')).find((r) => r.key === 'settings')!.value;
  expect(saved.measureTargets.vague).toBeCloseTo(0.1);
  expect(saved.auditTarget).toBeCloseTo(0.9);
  await options.reload();
  await expect(options.getByTestId('targets').getByLabel('Notes flagged vague (%)')).toHaveValue('10');
});

test('names or codes on screen are chosen in the options page (the setting the side panel reads), and it passes axe', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const names = options.getByTestId('pseudonym-settings');
  await expect(names.getByRole('radio', { name: /their names/ })).toBeChecked();
  await names.getByRole('radio', { name: /codes/ }).check();
  await expect.poll(async () => (await readStore<{ key: string; value: { residentDisplay: string } }>(options, 'settings')).find((r) => r.key === 'settings')?.value.residentDisplay).toBe('pseudonym');
  expect((await new AxeBuilder({ page: options }).include('[data-testid="pseudonym-settings"]').analyze()).violations).toEqual([]);
});

test('shift hours are set in the options page: impossible hours refused in words, and every stored note counted again with new ones', async ({ ext, careSystem }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect.poll(async () => (await readStore(options, 'notes')).length).toBe(50);
  const shifts = options.getByTestId('shift-settings');
  const day = shifts.getByLabel('The day shift starts at (hour)');
  const night = shifts.getByLabel('The night shift starts at (hour)');
  await expect(day).toHaveValue('8');
  await day.fill('20');
  await night.fill('8');
  await shifts.getByRole('button', { name: 'Save shifts' }).click();
  await expect(shifts.getByText('The day shift must start before the night shift (the night runs past midnight).')).toBeVisible();
  await expect(night).toHaveAttribute('aria-invalid', 'true');

  await day.fill('7');
  await night.fill('19');
  await shifts.getByRole('button', { name: 'Save shifts' }).click();
  await expect(shifts.getByRole('status')).toHaveText('Saved: day 07:00 to 19:00, night 19:00 to 07:00. The daily totals of 50 notes were counted again with these hours.');
  const hourOf = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' });
  const notes = await readStore<{ careAt: number }>(options, 'notes');
  const dayNotes = notes.filter((n) => { const h = Number(hourOf.format(n.careAt)); return h >= 7 && h < 19; }).length;
  const rollups = await readStore<{ shift: string; notes: number }>(options, 'dailyRollups');
  const total = (shift: string) => rollups.filter((r) => r.shift === shift).reduce((s, r) => s + r.notes, 0);
  expect([total('day'), total('night')]).toEqual([dayNotes, 50 - dayNotes]);
  expect((await new AxeBuilder({ page: options }).include('[data-testid="shift-settings"]').analyze()).violations).toEqual([]);
});
