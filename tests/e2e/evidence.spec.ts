import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EvidencePackSchema } from '../../src/evidence/pack';
import { storyDates } from '../care-systems/story';
import { londonDay } from '../support/london-day';
import { captured, expect, test } from './fixtures';

test('spread, drift and the evidence pack: printable A4 (rendered), CSV and JSON, pseudonymised by default', async ({ ext, careSystem, openSidePanel }) => {
  test.setTimeout(120_000);
  const page = await ext.context.newPage();
  // A year of notes of an Oak resident and of a Birch resident (Birch drifts back in the story).
  await page.goto(`${careSystem.url}/harbour/residents/R005/notes?per=2300`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  // Every batch of the long page stored before moving on (leaving the page stops its capture).
  const total = async () => Number(await panel.getByTestId('total-notes').textContent());
  await expect.poll(total, { timeout: 60_000 }).toBeGreaterThan(2000);
  await page.goto(`${careSystem.url}/harbour/residents/R035/notes?per=2300`);
  await captured(panel, page);
  await expect.poll(total, { timeout: 60_000 }).toBeGreaterThan(4000);
  await page.goto(`${careSystem.url}/harbour/residents/R035/care-plan`);
  await captured(panel, page);

  const story = storyDates(careSystem.data.now);
  await panel.getByLabel('Baseline starts').fill(londonDay(story.baselineStart));
  await panel.getByLabel('Baseline ends').fill(londonDay(story.baselineEnd - 12 * 3600_000));
  await panel.getByLabel('Intervention date').fill(londonDay(story.intervention));
  await panel.getByLabel('What changed').fill('New notes template and coaching');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  // Spread: both units against their own baseline, the best named.
  const spread = panel.getByTestId('spread');
  await expect(spread.locator('tr[data-dimension="unit"]')).toHaveCount(2);
  await expect(spread.locator('tr[data-segment="night"]')).toBeVisible();
  await expect(panel.getByTestId('spread-sentence')).toContainText('gap');

  // Drift: Birch's slip is listed, and can be dismissed only with a reason.
  const drift = panel.getByTestId('drift-warnings');
  const birch = drift.locator('li[data-segment="Birch"]').first();
  await expect(birch).toBeVisible();
  await expect(drift.locator('li[data-segment="Oak"]')).toHaveCount(0);
  await birch.getByRole('button', { name: 'Dismiss' }).click();
  await expect(drift.getByRole('alert')).toContainText('Say why');
  const before = await drift.locator('li').count();
  await birch.getByLabel('Reason to dismiss').fill('Agency night staff this month; coaching booked');
  await birch.getByRole('button', { name: 'Dismiss' }).click();
  await expect(drift.locator('li')).toHaveCount(before - 1);

  // The evidence pack opens in its own tab.
  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  await expect(pack.getByTestId('evidence-pack')).toBeVisible();
  // Five note measures, and the care-plan measures of the plan read; audits and samples have no
  // records yet, so they are named as missing instead of printed as empty charts.
  await expect(pack.getByTestId('pack-measure')).toHaveCount(7);
  await expect(pack.locator('[data-measure="sections-overdue"]')).toBeVisible();
  await expect(pack.getByTestId('pack-without-data')).toContainText('Audit cycle score');
  await expect(pack.getByTestId('pack-baseline')).toContainText('frozen on');
  await expect(pack.getByTestId('pack-privacy')).toHaveText('Residents appear as codes, never by name.');
  await expect(pack.getByTestId('pack-baseline')).toContainText(`Baseline period: ${londonDay(story.baselineStart)}`);
  await expect(pack.locator('[data-measure="vague"]').getByTestId('pack-before-after')).toContainText('Baseline:');
  await expect(pack.locator('[data-measure="vague"]')).toContainText('First improvement signal after the baseline');
  const residentName = careSystem.data.residents.find((r) => r.id === 'R035')!.name;
  await expect(pack.getByTestId('evidence-pack')).not.toContainText(residentName);
  const axe = await new AxeBuilder({ page: pack }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations).toEqual([]);

  const dir = await mkdtemp(path.join(tmpdir(), 'record-lens-pack-'));
  try {
    const [csv] = await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Download the figures (CSV)' }).click()]);
    const csvText = await readFile(await csv.path(), 'utf8');
    expect(csvText.split(/\r?\n/)[0]).toBe('section,measure,period,segment,value,denominator,mean,lower,upper,signal,baseline,current');
    expect(csvText).toContain('weekly,vague,');
    expect(csvText).toContain('spread,vague,,unit:Birch');
    const [json] = await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Download the figures (JSON)' }).click()]);
    const parsed = EvidencePackSchema.parse(JSON.parse(await readFile(await json.path(), 'utf8')));
    expect(parsed.pseudonymised).toBe(true);
    expect(parsed.sources.notes.count).toBeGreaterThan(4000);
    // Where the figures come from, with dates: the care plan read today, no audit cycles yet.
    expect(parsed.sources.carePlansSeen.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parsed.sources.auditPeriods).toEqual({ from: null, to: null });
    await expect(pack.getByTestId('pack-sources')).toContainText('read between');
    expect(JSON.stringify(parsed)).not.toContain(residentName);

    // A4 PDF, as "Save as PDF" makes it; rendered page by page to check it is a real document.
    const pdf = path.join(dir, 'pack.pdf');
    await pack.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '40', pdf, path.join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect((await stat(path.join(dir, pages.sort()[0]!))).size).toBeGreaterThan(5_000);

    // Names only when the manager ticks the box that says what that means.
    await pack.getByLabel(/Show residents' names/).check();
    await expect(pack.getByTestId('pack-privacy')).toContainText('Residents appear by name');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
