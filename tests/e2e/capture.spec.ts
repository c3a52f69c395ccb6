import type { Page } from '@playwright/test';
import { expectedWeeks, newestNotes } from './expected';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';

/** The weekly table in the side panel, as [week, notes, vague] rows. */
async function weeklyRows(panel: Page) {
  const rows = panel.getByTestId('weekly-table').locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent ?? '');
      return { week: cells[0]!, notes: Number(cells[1]), vague: Number(cells[2]) };
    }),
  );
}

test('Harbour: browsing notes pages and a care plan stores exactly what the pages show', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  const base = `${careSystem.url}/harbour/residents`;
  await page.goto(`${base}/R001/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-notes')).toHaveText('50');
  await expect(panel.getByTestId('page-added')).toHaveText('50');
  await expect(panel.getByTestId('page-problems')).toHaveText('0');

  // Open the panel first, then browse: the panel follows the background's writes live.
  await page.goto(`${base}/R001/notes?page=2`);
  await captured(panel, page);
  await page.goto(`${base}/R002/notes`);
  await captured(panel, page);
  await expect(panel.getByTestId('total-notes')).toHaveText('150');
  await expect(panel.getByTestId('total-residents')).toHaveText('2');

  // Coming back to a page already read stores nothing twice.
  await page.goto(`${base}/R001/notes`);
  await expect(panel.getByTestId('page-known')).toHaveText('50');
  await expect(panel.getByTestId('total-notes')).toHaveText('150');

  const seen = [
    ...newestNotes(careSystem.data.notes, 'R001', 0, 100),
    ...newestNotes(careSystem.data.notes, 'R002', 0, 50),
  ];
  await panel.getByText('Figures behind the chart').click();
  expect(await weeklyRows(panel)).toEqual(expectedWeeks(seen));

  await page.goto(`${base}/R001/care-plan`);
  await expect(panel.getByTestId('page-sections')).toHaveText('8');
  await expect(panel.getByTestId('total-sections')).toHaveText('8');
});

test('Willow: the feed is read as it loads on scroll, and an in-app tab change is followed', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/willow/residents/R003`);
  await expect(page.locator('article.wl-card')).toHaveCount(30);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-notes')).toHaveText('30');

  await page.bringToFront();
  for (const expected of [60, 90]) {
    await page.locator('.wl-sentinel').scrollIntoViewIfNeeded();
    await expect(page.locator('article.wl-card')).toHaveCount(expected);
  }
  await expect(panel.getByTestId('total-notes')).toHaveText('90');

  // What was stored is what the generator wrote: same times (from "Today 09:12"-style text), same words.
  const stored = (await readStore<{ sourceId: string; careAt: number; text: string; authorRole: string }>(panel, 'notes'))
    .map((n) => ({ id: n.sourceId, careAt: n.careAt, text: n.text, role: n.authorRole }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const staff = new Map(careSystem.data.staff.map((s) => [s.id, s.role]));
  const expected = newestNotes(careSystem.data.notes, 'R003', 0, 90)
    .map((n) => ({ id: n.id, careAt: n.careAt, text: n.text, role: staff.get(n.authorId) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  expect(stored).toEqual(expected);

  await page.getByRole('tab', { name: 'Care plan' }).click();
  await expect(page.locator('li.wl-plan-item')).toHaveCount(8);
  await expect(panel.getByTestId('page-sections')).toHaveText('8');
  await expect(panel.getByTestId('total-sections')).toHaveText('8');

  // Coming back to the feed shows its first 30 again: not "far fewer than before", no alarm.
  await page.goto(`${careSystem.url}/willow/residents/R003`);
  await captured(panel, page);
  await expect(panel.getByTestId('page-notes')).toHaveText('30');
  await expect(panel.getByTestId('page-degraded')).toHaveCount(0);
  await expect(panel.getByTestId('recipe-health')).toHaveCount(0);
});

test('the chart shows the baseline mean and the intervention the user sets', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R004/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('total-notes')).toHaveText('50');
  await expect(panel.getByTestId('baseline-summary')).toContainText('No baseline set yet');

  // Baseline = the weeks this page covers, so the mean is checkable from the generator.
  const notes = newestNotes(careSystem.data.notes, 'R004', 0, 50);
  const weeks = expectedWeeks(notes);
  const first = weeks[0]!.week;
  const last = weeks.at(-1)!.week;
  await panel.getByLabel('Baseline starts').fill(first);
  await panel.getByLabel('Baseline ends').fill(last);
  await panel.getByLabel('Intervention date').fill(last);
  await panel.getByLabel('What changed').fill('New notes template');
  await panel.getByRole('button', { name: 'Save' }).click();
  const mean = weeks.reduce((s, w) => s + w.vague / w.notes, 0) / weeks.length;
  await expect(panel.getByTestId('baseline-summary')).toContainText(`mean ${(mean * 100).toFixed(1)}% of notes vague`);
  await expect(panel.getByTestId('baseline-summary')).toContainText(`Intervention ${last}: New notes template.`);
  // A real uPlot chart: its canvas and both series (the weekly rate and the baseline mean) are there.
  await expect(panel.locator('[data-testid="weekly-chart"] canvas')).toHaveCount(1);
  await expect(panel.locator('[data-testid="weekly-chart"] .u-legend .u-series')).toHaveText(['Vague notes %', 'Baseline mean %']);

  // A baseline that ends before it starts is refused with a reason, and nothing is lost.
  await panel.getByLabel('Baseline starts').fill(last);
  await panel.getByLabel('Baseline ends').fill('2020-01-01');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('alert')).toContainText('The baseline must end on or after the day it starts.');
  await panel.reload();
  await expect(panel.getByTestId('baseline-summary')).toContainText(`mean ${(mean * 100).toFixed(1)}%`);
});

test('several interventions can be recorded, each dated and described, and one removed', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R004/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await panel.getByLabel('Baseline starts').fill('2026-01-05');
  await panel.getByLabel('Baseline ends').fill('2026-03-29');
  await panel.getByLabel('Intervention date').fill('2026-04-20');
  await panel.getByLabel('What changed').fill('New notes template');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByLabel('What changed')).toHaveValue('');
  await panel.getByLabel('Intervention date').fill('2026-06-01');
  await panel.getByLabel('What changed').fill('Coaching for night staff');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  const list = panel.getByTestId('interventions').locator('li');
  await expect(list).toHaveCount(2);
  await expect(panel.getByTestId('baseline-summary')).toContainText('Intervention 2026-04-20: New notes template. Intervention 2026-06-01: Coaching for night staff.');
  await panel.getByRole('button', { name: 'Remove intervention 2026-04-20: New notes template' }).click();
  await expect(list).toHaveCount(1);
  await expect(panel.getByTestId('baseline-summary')).not.toContainText('New notes template');
});
