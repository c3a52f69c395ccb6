import AxeBuilder from '@axe-core/playwright';
import { storyDates } from '../care-systems/story';
import { londonDay } from '../support/london-day';
import { captured, expect, test } from './fixtures';

test('a year of notes on a process-control chart: the improvement after the intervention is a signal, read in words too', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  // One Cedar resident's whole year on one page (Harbour's ?per=), as a history capture would store it.
  await page.goto(`${careSystem.url}/harbour/residents/R047/notes?per=2300`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent()), { timeout: 30_000 }).toBeGreaterThan(2000);

  const story = storyDates(careSystem.data.now);
  await panel.getByLabel('Baseline starts').fill(londonDay(story.baselineStart));
  await panel.getByLabel('Baseline ends').fill(londonDay(story.baselineEnd - 12 * 3600_000));
  await panel.getByLabel('Intervention date').fill(londonDay(story.intervention));
  await panel.getByLabel('What changed').fill('New notes template');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  const spc = panel.getByTestId('process-control');
  await expect(spc.getByTestId('spc-chart')).toBeVisible();
  const rows = spc.getByTestId('spc-table').locator('tbody tr');
  const signals = async () =>
    rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.getAttribute('data-signal')!] as const));
  const interventionWeek = londonDay(story.intervention);
  const vague = await signals();
  expect(vague.length).toBeGreaterThan(40);
  // Improvement signals after the intervention; none in the first ten baseline weeks; no concern.
  expect(vague.filter(([w, s]) => s === 'improvement' && w >= interventionWeek).length).toBeGreaterThan(5);
  expect(vague.slice(0, 10).every(([, s]) => s === 'none')).toBe(true);
  expect(vague.some(([, s]) => s === 'concern')).toBe(false);
  await expect(spc.getByTestId('spc-verdict')).toContainText(/Special cause variation: improvement|Common cause variation/);
  await expect(spc.getByTestId('spc-verdict')).toContainText('target');
  // What the measure and the verdicts mean and what to do, one keypress away beside the verdict.
  const help = spc.getByTestId('help');
  await help.locator('summary').focus();
  await panel.keyboard.press('Enter');
  await expect(help).toHaveAttribute('open', '');
  await expect(help).toContainText('stock phrases');
  await expect(help).toContainText(/What to do: (Find out what changed|Do not react to a single week)/);

  // The same for a measure where higher is better: a rising score is an improvement too.
  await spc.getByLabel('Measure').selectOption({ label: 'Mean note score' });
  const score = await signals();
  expect(score.filter(([w, s]) => s === 'improvement' && w >= interventionWeek).length).toBeGreaterThan(5);

  // Where the records live, how much room they take, and whether the browser promised to keep them.
  await expect(panel.getByTestId('storage-state')).toContainText(/Records use [\d.]+ MB of the [\d.]+ (GB|MB) this device allows\./);
  // Headless Chromium declines persistence without site engagement; the panel says which it got.
  const persisted = await panel.getByTestId('storage-state').getAttribute('data-persisted');
  await expect(panel.getByTestId('storage-state')).toContainText(persisted === 'true' ? 'keeps it permanently' : 'has not marked this storage as persistent');

  // The baseline's figures were frozen when it was saved, and the panel says from how many notes.
  await expect(panel.getByTestId('baseline-frozen')).toContainText(/Figures frozen on .* from \d{3,} notes/);

  // Notes per resident per day: one resident, about six notes a day (STORY), split by who wrote them.
  await spc.getByLabel('Measure').selectOption({ label: 'Notes per resident per day' });
  const rate = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[1]!.textContent)));
  const mid = rate.slice(5, -5);
  expect(mid.reduce((a, b) => a + b, 0) / mid.length).toBeGreaterThan(5.3);
  expect(mid.reduce((a, b) => a + b, 0) / mid.length).toBeLessThan(6.7);
  const roles = await spc.getByLabel('Segment').locator('option').evaluateAll((os) => os.map((o) => o.textContent ?? '').filter((t) => t.startsWith('Written by: ')));
  expect(roles.length).toBeGreaterThan(1);
  await spc.getByLabel('Segment').selectOption({ label: roles[0]! });
  await expect(spc.getByTestId('spc-table').locator('caption')).toContainText('Notes per resident per day by week');
  await expect(panel.getByTestId('spread').locator('tr[data-dimension="role"]')).toHaveCount(roles.length);
  await spc.getByLabel('Measure').selectOption({ label: 'Notes flagged vague' });

  await spc.getByText('Figures and signals behind the chart').click();
  const axe = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="process-control"]').analyze();
  expect(axe.violations).toEqual([]);
});
