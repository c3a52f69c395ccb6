import AxeBuilder from '@axe-core/playwright';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';

test('a provider changes a quality rule; history is re-scored under the new rules version, with progress', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R020/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await expect(panel.getByTestId('total-notes')).toHaveText('50');
  const before = await readStore<{ quality: { rulesVersion: number; flags: { rule: string }[] } }>(panel, 'notes');
  const version = before[0]!.quality.rulesVersion;
  const lateBefore = before.filter((n) => n.quality.flags.some((f) => f.rule === 'late-entry')).length;

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const rules = options.getByTestId('quality-rules');
  await expect(rules.getByRole('heading', { name: `Quality rules (version ${version})` })).toBeVisible();
  // Much stricter on lateness: a note written 10 minutes after the care now counts as late.
  await rules.getByLabel('Late entry after this many hours').fill('0.25');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByRole('heading', { name: `Quality rules (version ${version + 1})` })).toBeVisible();
  await expect(rules.getByTestId('rescore-status')).toContainText('Re-scoring: 1 of 1 residents, 50 notes updated.');

  const after = await readStore<{ quality: { rulesVersion: number; flags: { rule: string }[] } }>(options, 'notes');
  expect(after.every((n) => n.quality.rulesVersion === version + 1)).toBe(true);
  expect(after.filter((n) => n.quality.flags.some((f) => f.rule === 'late-entry')).length).toBeGreaterThan(lateBefore);

  // A value the rules cannot take is refused with a reason, and nothing changes.
  await rules.getByLabel('Copied forward: words in a row repeated').fill('2');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByRole('heading', { name: `Quality rules (version ${version + 1})` })).toBeVisible();
  const axe = await new AxeBuilder({ page: options }).include('[data-testid="quality-rules"]').withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
