import { startCareSystem } from '../care-systems/server';
import { STORY, storyDates } from '../care-systems/story';
import { TEST_NOW } from '../care-systems/test-fixtures';
import { tabIdOf } from '../support/launch-extension';
import { londonDay } from '../support/london-day';
import { expect, test } from './fixtures';

/**
 * The demo story, read from the side panel's overview as a manager would read it: the improvement
 * after the intervention, the lagging unit, nights and weekends behind, and the drifting unit's
 * warning. tests/care-systems/story-through-measures.test.ts checks the same story over all 60
 * residents; here the extension captures two residents of each unit (about 17,500 notes).
 *
 * The story's noise depends on its "now" (which notes fall in the last 8 weeks, which weeks a drift
 * rule sees), so this test fixes it: its own care system ends at TEST_NOW and the side panel's clock
 * reads TEST_NOW. With two residents per unit the figures at TEST_NOW are (vague notes): 37
 * improvement weeks after the intervention; Cedar 17.6 points behind the best unit; nights 8.0
 * points behind days and weekends 6.7 behind weekdays; drift warnings for Birch only.
 */

/** Two residents of each unit: Oak R001-R015, Ash R016-R030, Birch R031-R045, Cedar R046-R060. */
const RESIDENTS = ['R001', 'R002', 'R016', 'R017', 'R031', 'R032', 'R046', 'R047'];

/** Monday of a yyyy-mm-dd day (worked out here, not with the product's own date code). */
const mondayOf = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** "29.3%" -> 29.3 (percentage points); "–" -> NaN. */
const points = (cell: string): number => Number.parseFloat(cell.replace('%', ''));

test('the demo story reads from the overview: improvement after the intervention, Cedar behind, nights and weekends behind, Birch drifting', async ({ ext }) => {
  test.setTimeout(120_000);
  const system = await startCareSystem({ port: 0, now: TEST_NOW });
  try {
    const story = storyDates(TEST_NOW);
    const page = await ext.context.newPage();
    await page.goto(`${system.url}/harbour/residents`);
    const panel = await ext.context.newPage();
    // The panel works out "now" (the last 8 weeks, the weeks a drift rule judges) from its clock.
    await panel.clock.setFixedTime(TEST_NOW);
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${await tabIdOf(ext.worker, page.url())}`);

    // Each resident's whole year on one page (Harbour's ?per=), as a history capture would store
    // it; the eight pages are open at once, as tabs, so their reading overlaps.
    const tabs = await Promise.all(
      RESIDENTS.map(async (id) => {
        const tab = await ext.context.newPage();
        await tab.goto(`${system.url}/harbour/residents/${id}/notes?per=2300`);
        return { tab, rows: await tab.locator('tr.note-row').count() };
      }),
    );
    const expected = tabs.reduce((s, t) => s + t.rows, 0);
    await expect.poll(async () => Number(await panel.getByTestId('total-notes').textContent()), { timeout: 60_000 }).toBe(expected);
    await Promise.all(tabs.map((t) => t.tab.close()));
    expect(expected).toBeGreaterThan(8 * 2000);

    await panel.getByLabel('Baseline starts').fill(londonDay(story.baselineStart));
    await panel.getByLabel('Baseline ends').fill(londonDay(story.baselineEnd - 12 * 3600_000));
    await panel.getByLabel('Intervention date').fill(londonDay(story.intervention));
    await panel.getByLabel('What changed').fill('New notes template and coaching');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();

    const overview = panel.getByTestId('process-control');
    await expect(overview.getByTestId('spc-chart')).toBeVisible();
    // The spread table appears once the baseline is saved: every unit, shift and day type.
    const spread = overview.getByTestId('spread');
    await expect(spread.locator('tbody tr[data-dimension="unit"]')).toHaveCount(STORY.units.length);
    await expect(overview.getByLabel('Measure')).toHaveValue('vague');

    // 1. Improvement: weeks after the intervention below the baseline's limits (or in a run under
    // its mean), the first of them well within the ramp; nothing flagged as a concern.
    const weeks = await overview
      .getByTestId('spc-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => ({ week: tr.querySelector('th')!.textContent!, signal: tr.getAttribute('data-signal')! })));
    const interventionWeek = mondayOf(story.days.intervention);
    const improved = weeks.filter((w) => w.signal === 'improvement' && w.week >= interventionWeek);
    expect(weeks.length).toBeGreaterThan(50);
    expect(improved.length, 'improvement weeks after the intervention').toBeGreaterThanOrEqual(20);
    expect(improved[0]!.week <= addDays(story.days.intervention, (STORY.rampWeeks / 2) * 7), `first improvement ${improved[0]!.week}`).toBe(true);
    expect(weeks.filter((w) => w.signal === 'concern')).toEqual([]);
    expect(weeks.slice(0, 10).every((w) => w.signal === 'none')).toBe(true);

    // 2. Across units, shifts and day types (the last 8 complete weeks against the baseline).
    const rows = await spread.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const td = [...tr.querySelectorAll('td')].map((c) => c.textContent ?? '');
        return { dimension: tr.getAttribute('data-dimension')!, segment: tr.getAttribute('data-segment')!, baseline: td[0]!, now: td[1]!, gap: td[2]!, note: td[3]! };
      }),
    );
    const row = (dimension: string, segment: string) => {
      const r = rows.find((x) => x.dimension === dimension && x.segment === segment);
      expect(r, `spread row ${dimension} ${segment}`).toBeDefined();
      return r!;
    };
    // Every unit has data in both periods, and every unit started from the same baseline (41% vague).
    for (const unit of STORY.units) {
      expect(points(row('unit', unit).baseline)).toBeGreaterThan(30);
      expect(points(row('unit', unit).now)).toBeLessThan(points(row('unit', unit).baseline));
    }
    // The lagging unit is named: furthest behind, with the largest gap to the best unit, at least
    // half the gap STORY sets between its target and the others' (25% against 10%).
    const cedar = row('unit', STORY.laggingUnit);
    expect(cedar.note).toContain('furthest behind');
    const unitGaps = rows.filter((r) => r.dimension === 'unit').map((r) => points(r.gap));
    expect(points(cedar.gap)).toBe(Math.max(...unitGaps));
    expect(points(cedar.gap)).toBeGreaterThanOrEqual(50 * (STORY.vague.laggingTarget - STORY.vague.target));
    // It still improved by more than the 10% margin (41% to about 29%), so it is not "not improved";
    // the sentence says so in words, and says the gap between units has not narrowed.
    expect(cedar.note).not.toContain('not improved');
    await expect(spread.getByTestId('spread-sentence')).toContainText('Units: the gap is not narrowing');
    await expect(spread.getByTestId('spread-sentence')).toContainText(`Furthest behind now: ${STORY.laggingUnit} (unit:`);

    // 3. Nights behind days and weekends behind weekdays now, by at least half STORY's penalty.
    const night = row('shift', 'night');
    const weekend = row('dayType', 'weekend');
    expect(points(night.now) - points(row('shift', 'day').now)).toBeGreaterThanOrEqual(50 * STORY.nightPenalty);
    expect(points(weekend.now) - points(row('dayType', 'weekday').now)).toBeGreaterThanOrEqual(50 * STORY.weekendPenalty);
    expect(night.note).toContain('furthest behind');
    expect(weekend.note).toContain('furthest behind');

    // 4. The drifting unit's early warning on the vague measure, first seen within the drift period;
    // no warning of any measure for the other units. (Birch's copied-forward warning, on about 3
    // copied notes a week in two residents, is first seen a month before the drift starts: a chance
    // run at this sample size, so only the vague warning's week is checked.)
    const drift = overview.getByTestId('drift-warnings');
    const birchVague = drift.locator(`li[data-segment="${STORY.driftingUnit}"][data-measure="vague"]`);
    await expect(birchVague).toBeVisible();
    const firstSeen = /First seen in the week of (\d{4}-\d{2}-\d{2})/.exec((await birchVague.textContent()) ?? '')?.[1];
    expect(firstSeen! >= mondayOf(story.days.driftStart), `first seen ${firstSeen}, drift from ${story.days.driftStart}`).toBe(true);
    const warnings = await drift.locator('li').evaluateAll((lis) => lis.map((li) => ({ segment: li.getAttribute('data-segment')!, measure: li.getAttribute('data-measure')! })));
    for (const unit of STORY.units.filter((u) => u !== STORY.driftingUnit)) {
      expect(warnings.filter((w) => w.segment === unit).map((w) => w.measure), `drift warnings for ${unit}`).toEqual([]);
    }
    // The summary line names the unit to act on first.
    await expect(drift.getByTestId('drift-summary')).toContainText(`Slipping back: ${STORY.driftingUnit} (`);
  } finally {
    await system.close();
  }
});
