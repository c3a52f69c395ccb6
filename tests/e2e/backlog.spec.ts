import AxeBuilder from '@axe-core/playwright';
import { londonDay } from '../support/london-day';
import { captured, expect, test } from './fixtures';

test('a registered manager sees the care-plan backlog: count, by unit, the list, the badge and the trend', async ({ ext, careSystem, openSidePanel }) => {
  // Two residents of different units whose plans have overdue sections today (the story has fewer
  // late reviews now than at baseline, so not every plan has one).
  const today = londonDay(Date.now());
  const overdueIn = (id: string) => careSystem.data.carePlans.find((p) => p.residentId === id)!.sections.some((s) => today > londonDay(s.reviewDue));
  const unitOf = (id: string) => careSystem.data.residents.find((r) => r.id === id)!.unit;
  const candidates = careSystem.data.residents.map((r) => r.id).filter(overdueIn);
  const first = candidates[0]!;
  const residents = [first, candidates.find((id) => unitOf(id) !== unitOf(first))!];
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/${residents[0]}/care-plan`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await page.goto(`${careSystem.url}/harbour/residents/${residents[1]}/care-plan`);
  await captured(panel, page);

  // What the demo care system shows: a section is overdue the day after its review-due date.
  const expected = careSystem.data.carePlans
    .filter((p) => residents.includes(p.residentId))
    .flatMap((p) => p.sections.map((s) => ({ resident: p.residentId, section: s.name, due: londonDay(s.reviewDue) })))
    .filter((s) => today > s.due);
  expect(expected.length).toBeGreaterThan(0);

  const backlog = panel.getByTestId('backlog');
  await expect(backlog.getByTestId('backlog-total')).toHaveText(String(expected.length));
  await expect(backlog).toContainText('of 16 in current care plans');
  const rows = backlog.getByTestId('backlog-list').locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  const days = (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
  expect(days).toEqual([...days].sort((a, b) => b - a));
  expect(days.every((d) => d >= 1)).toBe(true);
  // Each entry opens that resident's care plan in the care system.
  const href = await rows.first().locator('a').getAttribute('href');
  expect(href).toMatch(new RegExp(`/harbour/residents/(${residents.join('|')})/care-plan$`));
  const units = careSystem.data.residents.filter((r) => residents.includes(r.id));
  for (const unit of new Set(units.map((u) => u.unit))) {
    const inUnit = expected.filter((e) => units.find((u) => u.id === e.resident)!.unit === unit).length;
    if (inUnit) await expect(backlog.locator(`[data-testid="backlog-by-unit"] dd[data-unit="${unit}"]`)).toHaveText(String(inUnit));
  }

  // At a glance: the toolbar badge of the care-system tab, with words for screen readers.
  const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  await expect
    .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!))
    .toBe(String(expected.length));
  expect(await ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId!)).toContain(
    `${expected.length} care-plan ${expected.length === 1 ? 'section' : 'sections'} overdue for review in Harbour`,
  );

  // Names or pseudonyms, as the manager chooses.
  const firstName = await rows.first().locator('a').textContent();
  await backlog.getByLabel('Pseudonym').check();
  await expect(rows.first().locator('a')).toHaveText(/^Resident [0-9A-HJKMNP-TV-Z]{6}$/);
  await expect(backlog.getByTestId('backlog-list')).not.toContainText(firstName!);
  await backlog.getByLabel('Name').check();
  await expect(rows.first().locator('a')).toHaveText(firstName!);

  // The trend is rebuilt from the care plans' history tables: a year back, with each unit.
  await expect(backlog.getByTestId('backlog-units').locator('tbody tr')).toHaveCount(new Set(units.map((u) => u.unit)).size);
  await expect(backlog.getByTestId('series-chart')).toHaveCount(2);
  await expect(backlog.getByTestId('backlog-baseline')).toContainText('Set a baseline period');
  await panel.getByLabel('Baseline starts').fill(londonDay(Date.now() - 330 * 86_400_000));
  await panel.getByLabel('Baseline ends').fill(londonDay(Date.now() - 250 * 86_400_000));
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(backlog.getByTestId('backlog-baseline')).toContainText(/Baseline: \d+\.\d sections overdue on an average day; now \d+\./);
  await expect(backlog.getByTestId('lag-baseline')).toContainText(/Baseline median \d+ days/);

  const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="backlog"]').analyze();
  expect(axe.violations).toEqual([]);
});

test('the badge shows nothing on a care-system tab when no care plan has been read', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R003/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  await expect.poll(() => ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId!)).toContain('no care-plan sections overdue');
  expect(await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!)).toBe('');
  await expect(panel.getByTestId('backlog')).toContainText('No care plans read yet');
});

test('a page with only the latest dates: said so, review due from the provider\'s interval, which the options page changes', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/willow/residents/R031`);
  await page.locator('article.wl-card').first().waitFor();
  const panel = await openSidePanel(page);
  await page.getByRole('tab', { name: 'Care plan' }).click();
  await page.locator('li.wl-plan-item').first().waitFor();
  const backlog = panel.getByTestId('backlog');
  await expect(backlog.getByTestId('backlog-latest-only')).toContainText('8 sections come from pages that show only the latest dates');

  // Willow shows no review-due date: due 28 days after the last update (no review seen yet).
  const today = londonDay(Date.now());
  const plan = careSystem.data.carePlans.find((p) => p.residentId === 'R031')!;
  const dueAfter = (days: number) => plan.sections.filter((s) => today > londonDay(s.lastUpdated + days * 86_400_000)).length;
  expect(dueAfter(28)).toBeGreaterThan(dueAfter(1000));
  await expect(backlog.getByTestId('backlog-total')).toHaveText(String(dueAfter(28)));

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const rules = options.getByTestId('care-plan-rules');
  await rules.getByLabel('Other intervals for some sections, one per line').fill('Medication 14');
  await rules.getByRole('button', { name: 'Save care-plan rules' }).click();
  await expect(rules).toContainText('"Medication 14" should look like: Medication = 14');
  await rules.getByLabel('Review every (days)').fill('1000');
  await rules.getByLabel('Other intervals for some sections, one per line').fill('');
  await rules.getByRole('button', { name: 'Save care-plan rules' }).click();
  await expect(rules.getByRole('status')).toContainText('Saved');
  await panel.reload();
  await expect(panel.getByTestId('backlog-total')).toHaveText(String(dueAfter(1000)));
  const axe = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="care-plan-rules"]').analyze();
  expect(axe.violations).toEqual([]);
});
