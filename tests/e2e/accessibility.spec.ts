import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storyDates } from '../care-systems/story';
import { tabIdOf } from '../support/launch-extension';
import { londonDay } from '../support/london-day';
import { axe, chartsHaveTables, focusSweep, noColourOnlyIndicators, openAllDetails, reflowAt320, textAt200 } from './a11y-sweep-checks';
import { captured, expect, test } from './fixtures';

/** Presses Tab until the element is focused (a date input has tab stops inside it). */
async function tabUntil(page: Page, selector: string) {
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the side panel passes axe (WCAG 2.2 AA) empty and full, and works by keyboard', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R010/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('total-notes')).toHaveText('50');

  const audit = async () =>
    (await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(await audit()).toEqual([]);

  // The panel is long: a keyboard user jumps to a section from the links at the top.
  await panel.getByRole('navigation', { name: 'Sections of this panel' }).getByRole('link', { name: 'Care plans' }).focus();
  await panel.keyboard.press('Enter');
  await expect(panel).toHaveURL(/#backlog-title$/);
  await expect(panel.getByRole('heading', { name: 'Care-plan backlog' })).toBeInViewport();

  // Keyboard only: open the figures, fill the baseline form and save it.
  await panel.getByText('Figures behind the chart').focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('weekly-table')).toBeVisible();
  // Day and month equal, so the keystrokes mean the same date whatever order the browser's
  // locale puts the date segments in.
  await panel.getByLabel('Baseline starts').focus();
  await panel.keyboard.type('02022026');
  await tabUntil(panel, 'input[name="baselineEnd"]');
  await panel.keyboard.type('03032026');
  await tabUntil(panel, 'button[type="submit"]');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  await expect(panel.getByTestId('baseline-summary')).toContainText('Baseline 2026-02-02 to 2026-03-03');
  expect(await audit()).toEqual([]);
});

test('the empty side panel says what to do next and passes axe', async ({ ext }) => {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await expect(panel.getByText('Nothing captured from this tab yet')).toBeVisible();
  await expect(panel.getByText('No notes captured yet: open a resident')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

/**
 * The sweep (issue 10.3): every screen and state of the side panel, the evidence pack, the options
 * page, the welcome page and the in-page marks, each checked for WCAG 2.2 AA with axe, a visible
 * focus on every Tab stop (and every control reached by Tab), text at 200% without loss, reflow at
 * 320 px for the panel, charts with their figures in a table, and no colour-only indicator. One
 * browser and one data set per test; the problems of all screens are gathered and compared with
 * none at the end, so one run lists everything.
 */
test('sweep: every side-panel section with a year of data, and the evidence pack', async ({ ext, careSystem }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  const started = Date.now();
  // A Birch resident's year (Birch drifts in the story) and a care plan with sections overdue.
  const today = londonDay(Date.now());
  const overdue = careSystem.data.carePlans.find((p) => p.sections.some((s) => today > londonDay(s.reviewDue)))!.residentId;
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/${overdue}/care-plan`);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${await tabIdOf(ext.worker, page.url())}`);
  await expect(panel.getByTestId('total-sections')).not.toHaveText('0');
  await page.goto(`${careSystem.url}/harbour/residents/R035/notes?per=2300`);
  await captured(panel, page);
  await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent()), { timeout: 60_000 }).toBeGreaterThan(2000);
  const story = storyDates(careSystem.data.now);
  await panel.getByLabel('Baseline starts').fill(londonDay(story.baselineStart));
  await panel.getByLabel('Baseline ends').fill(londonDay(story.baselineEnd - 12 * 3600_000));
  await panel.getByLabel('Intervention date').fill(londonDay(story.intervention));
  await panel.getByLabel('What changed').fill('New notes template');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByTestId('spread').locator('tr[data-dimension="shift"]').first()).toBeVisible();
  await expect(panel.getByTestId('drift-warnings').locator('li').first()).toBeVisible();
  await expect(panel.getByTestId('backlog-list')).toBeVisible();
  await expect(panel.getByTestId('storage-state')).toBeVisible();
  console.log(`data ready in ${Date.now() - started} ms`);

  // Overview, this page, process control, spread, drift, backlog and trend, storage, sampling
  // start, audit start, history capture and teach (idle), all on one long panel.
  const whole = async (state: string) => {
    await openAllDetails(panel);
    problems.push(...(await axe(panel, `side panel (${state})`)));
  };
  await whole('all sections, idle');
  const charts = await chartsHaveTables(panel, 'side panel');
  expect(charts.charts).toBeGreaterThanOrEqual(3);
  problems.push(...charts.problems, ...(await noColourOnlyIndicators(panel, 'side panel')));
  await expect(panel.getByTestId('spc-verdict')).toHaveText(/variation/);
  const focus = await focusSweep(panel, 'side panel');
  expect(focus.stops).toBeGreaterThan(30);
  problems.push(...focus.problems);
  problems.push(...(await textAt200(panel, 'side panel (400 px)')), ...(await reflowAt320(panel, 'side panel')));
  console.log(`panel idle checked at ${Date.now() - started} ms`);

  // Sampling: the walk, then the agreement once the sample is saved.
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('2');
  await start.getByRole('button', { name: 'Sample this page' }).click();
  await expect(panel.getByTestId('sample-position')).toHaveText('Note 1 of 2');
  problems.push(...(await axe(panel, 'sampling walk', '[data-testid="sampling"]')));
  problems.push(...(await focusSweep(panel, 'sampling walk')).problems);
  for (const n of [1, 2]) {
    await expect(panel.getByTestId('sample-position')).toHaveText(`Note ${n} of 2`);
    const flags = panel.getByTestId('sample-note').locator('fieldset.verdict');
    for (let i = 0; i < (await flags.count()); i++) await flags.nth(i).getByLabel('Agree', { exact: true }).check();
    await panel.getByRole('button', { name: n === 2 ? 'Save and finish' : 'Save and next' }).click();
  }
  await expect(panel.getByTestId('sample-saved')).toBeVisible();
  await expect(panel.getByTestId('agreement-table')).toBeVisible();

  // Audits: the walk, then the results.
  const audit = panel.getByTestId('audit-start');
  await audit.getByLabel('Records to sample').fill('1');
  await audit.getByRole('button', { name: 'Start audit cycle' }).click();
  await expect(panel.getByTestId('audit-position')).toHaveText('Record 1 of 1');
  problems.push(...(await axe(panel, 'audit walk', '[data-testid="audits"]')));
  problems.push(...(await focusSweep(panel, 'audit walk')).problems);
  const questions = panel.getByTestId('audit-record').locator('fieldset');
  await expect(questions).toHaveCount(7);
  for (let i = 0; i < 7; i++) await questions.nth(i).getByLabel('Yes', { exact: true }).check();
  await expect(panel.getByTestId('audit-saved')).toHaveText('Saved: 7 of 7 answered for this record.');
  await panel.getByRole('button', { name: 'Close the cycle' }).click();
  await expect(panel.getByTestId('audit-results')).toBeVisible();
  await whole('sample saved, agreement, audit results');
  problems.push(...(await chartsHaveTables(panel, 'side panel with samples')).problems);
  problems.push(...(await textAt200(panel, 'side panel with results (400 px)')));
  console.log(`panel states checked at ${Date.now() - started} ms`);

  // The evidence pack, from the panel's button.
  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  await expect(pack.getByTestId('evidence-pack')).toBeVisible();
  await expect(pack.getByTestId('pack-measure').first()).toBeVisible();
  problems.push(...(await axe(pack, 'evidence pack')));
  const packCharts = await chartsHaveTables(pack, 'evidence pack');
  expect(packCharts.charts).toBeGreaterThan(0);
  problems.push(...packCharts.problems, ...(await noColourOnlyIndicators(pack, 'evidence pack')));
  problems.push(...(await focusSweep(pack, 'evidence pack')).problems);
  problems.push(...(await textAt200(pack, 'evidence pack')));
  console.log(`evidence pack checked at ${Date.now() - started} ms`);

  expect([...new Set(problems)]).toEqual([]);
});
