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
