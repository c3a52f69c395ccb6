/**
 * The demo's care-plan story, seen through the timeliness measures: the generator's care plans are
 * read as if from each care plan's history table (every section's `events`) plus one capture of
 * the page now, turned into timelines by `timelineOf`, and the backlog and update lags must tell
 * the story STORY.carePlan describes: a slow baseline, a faster plan after the intervention, Cedar
 * lagging behind Oak and Ash.
 *
 * Every expectation is worked out from STORY's parameters (never from observed numbers); each
 * tolerance is stated where it is used.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CarePlanEvent } from '../../src/model/care-plan-event';
import type { CarePlanSection, CarePlanSectionHistory } from '../../src/model/care-plan-section';
import {
  backlogNow,
  dailyBacklog,
  DEFAULT_TIMELINESS_RULES,
  median,
  shareWithinTarget,
  timelineOf,
  updateLags,
  type DailyBacklogPoint,
  type SectionTimeline,
  type UpdateLag,
} from '../../src/measure/timeliness';
import { generateCarePlans } from './generator/care-plans';
import { generateResidents } from './generator/people';
import { londonAddDays, londonDayKey } from './london-time';
import { STORY, storyDates, type Unit } from './story';
import { TEST_NOW } from './test-fixtures';

const d = storyDates(TEST_NOW);
const cp = STORY.carePlan;
const rules = { ...DEFAULT_TIMELINESS_RULES, reviewIntervalDays: cp.reviewIntervalDays };
const LAGGING: Unit = STORY.laggingUnit;
const NORMAL: readonly Unit[] = STORY.units.filter((u) => u !== LAGGING && u !== STORY.driftingUnit);

/**
 * Periods as London days, [from, to] inclusive.
 * - `baseline`: the whole baseline, for the table.
 * - `steady`: the baseline from one longest review cycle (interval + most days late) after the
 *   start. The generator starts every section with a review in the 4 weeks before the story, so
 *   on day 0 nothing is overdue; after one longest cycle every section's phase comes from reviews
 *   inside the story and the backlog is at its baseline level.
 * - `afterRamp`: from the end of the normal ramp to the start of Birch's drift (Oak and Ash flat
 *   at target; Cedar still behind).
 * - `settled`: from the end of Cedar's longer ramp to the drift (Cedar flat at its own target).
 * - `drift`: the last STORY.driftDays.
 */
const dayOf = (ms: number): string => londonDayKey(ms);
const before = (ms: number): string => dayOf(londonAddDays(ms, -1));
const PERIODS = {
  baseline: [dayOf(d.baselineStart), before(d.baselineEnd)],
  steady: [dayOf(londonAddDays(d.baselineStart, cp.reviewIntervalDays + cp.reviewLateDays.max)), before(d.baselineEnd)],
  afterRamp: [dayOf(d.rampEnd), before(d.driftStart)],
  settled: [dayOf(d.laggingRampEnd), before(d.driftStart)],
  drift: [dayOf(d.driftStart), dayOf(d.now)],
} as const;
type Period = keyof typeof PERIODS;

/**
 * STORY's expected overdue share for a review-late probability `p`, as a renewal process: a cycle
 * is on time (interval − U{0..3} days, never overdue) or late (interval + L days, L ~
 * U{reviewLateDays}, overdue on L − 1 days: from the day after the due date to the day before the
 * review, each day judged at its end). Share = E[overdue days per cycle] / E[cycle length].
 * Also returns the standard error over `sectionDays` section-days, counting cycles as the
 * independent units (days within one cycle are not independent).
 */
function expectedShare(p: number, sectionDays: number): { share: number; se: number } {
  const { min, max } = cp.reviewLateDays;
  const n = max - min + 1;
  const meanL = (min + max) / 2;
  const meanSq = Array.from({ length: n }, (_, i) => (min + i - 1) ** 2).reduce((a, b) => a + b, 0) / n;
  const cycle = p * (cp.reviewIntervalDays + meanL) + (1 - p) * (cp.reviewIntervalDays - 1.5);
  const perCycle = p * (meanL - 1);
  const cycles = sectionDays / cycle;
  const variance = p * meanSq - perCycle ** 2;
  return { share: perCycle / cycle, se: Math.sqrt(cycles * variance) / (cycles * cycle) };
}

/** Allowance for what the renewal formula ignores: cycles cut by a period's ends, ramps just before it. */
const EDGE_ALLOWANCE = 0.02;

let timelines: SectionTimeline[] = [];
let points: DailyBacklogPoint[] = [];
let lags: UpdateLag[] = [];
let seconds = 0;

beforeAll(() => {
  const started = performance.now();
  const residents = generateResidents(STORY.seed, d.start);
  const plans = generateCarePlans(STORY.seed, d, residents);
  for (const plan of plans) {
    const resident = residents.find((r) => r.id === plan.residentId)!;
    for (const s of plan.sections) {
      const key = `${resident.id}/${s.key}`;
      const provenance = { system: 'willow', url: `https://willow.example/residents/${resident.id}/care-plan`, capturedAt: d.now, recipeId: 'willow', recipeVersion: 1 };
      const shown = { residentName: resident.name, residentId: resident.id, section: s.name, unit: resident.unit, lastUpdated: s.lastUpdated, reviewDue: s.reviewDue, ...(s.changeInNeed !== undefined ? { changeInNeed: s.changeInNeed } : {}) };
      const section: CarePlanSection = { ...shown, key, residentKey: resident.id, stateHash: 'now', firstSeenAt: d.now, lastSeenAt: d.now, provenance };
      const history: CarePlanSectionHistory[] = [{ ...shown, sectionKey: key, stateHash: 'now', seenAt: d.now, provenance }];
      const page: CarePlanEvent[] = s.events.map((e, i) => ({ residentName: resident.name, section: s.name, unit: resident.unit, type: e.type, at: e.at, key: `${key}/${i}`, sectionKey: key, residentKey: resident.id, source: 'page-history', provenance }));
      timelines.push(timelineOf(section, history, page));
    }
  }
  points = dailyBacklog(timelines, rules, PERIODS.baseline[0], PERIODS.drift[1], 'unit');
  lags = updateLags(timelines, d.now);
  seconds = (performance.now() - started) / 1000;
});

/** Mean daily overdue share over a period for some units, and how many section-days it covers. */
function overdueShare(period: Period, units: readonly Unit[]): { share: number; sectionDays: number } {
  const [from, to] = PERIODS[period];
  let overdue = 0;
  let tracked = 0;
  for (const p of points) {
    if (p.day < from || p.day > to) continue;
    for (const u of units) {
      overdue += p.byUnit?.[u]?.overdue ?? 0;
      tracked += p.byUnit?.[u]?.tracked ?? 0;
    }
  }
  return { share: overdue / tracked, sectionDays: tracked };
}

function lagsIn(period: Period, units: readonly Unit[]): UpdateLag[] {
  const [from, to] = PERIODS[period];
  return lags.filter((l) => l.changeDay >= from && l.changeDay <= to && units.includes(l.unit as Unit));
}
const medianLag = (ls: readonly UpdateLag[]): number => median(ls.filter((l) => !l.open).map((l) => l.days));

/**
 * How far a period's median lag may sit from STORY's mean lag m. Lags are m·U(0.5, 1.5) rounded,
 * whose median is m; the sample median's standard error is 1 / (2 f √n) with density f = 1/m,
 * i.e. m / (2√n). Four standard errors, plus half a day because lags are whole days.
 */
const lagTolerance = (m: number, n: number): number => 0.5 + 4 * (m / (2 * Math.sqrt(Math.max(1, n))));

describe('care-plan timeliness tells the story', () => {
  it('builds a timeline for every section and runs quickly', () => {
    expect(timelines).toHaveLength(STORY.residentCount * cp.sections.length);
    expect(seconds).toBeLessThan(15);
    const now = backlogNow(timelines, rules, d.now);
    expect(now.total).toBe(timelines.length);
    expect(now.stale).toEqual([]);
    expect(now.overdue.every((i, k, all) => k === 0 || all[k - 1]!.daysOverdue >= i.daysOverdue)).toBe(true);
  });

  it('has a baseline backlog near STORY and clearly above the backlog after the ramp', () => {
    const base = overdueShare('steady', STORY.units);
    const after = overdueShare('afterRamp', NORMAL);
    const eBase = expectedShare(cp.reviewLate.baseline, base.sectionDays);
    const eAfter = expectedShare(cp.reviewLate.target, after.sectionDays);
    expect(Math.abs(base.share - eBase.share)).toBeLessThan(EDGE_ALLOWANCE + 4 * eBase.se);
    expect(Math.abs(after.share - eAfter.share)).toBeLessThan(EDGE_ALLOWANCE + 4 * eAfter.se);
    // "Clearly": at least half of the gap STORY predicts.
    expect(base.share - after.share).toBeGreaterThan((eBase.share - eAfter.share) / 2);
  });

  it('has a baseline update lag near STORY, falling to the target after the ramp', () => {
    const base = lagsIn('baseline', STORY.units).filter((l) => !l.open);
    const after = lagsIn('afterRamp', NORMAL).filter((l) => !l.open);
    expect(Math.abs(medianLag(base) - cp.updateLagDays.baseline)).toBeLessThanOrEqual(lagTolerance(cp.updateLagDays.baseline, base.length));
    expect(Math.abs(medianLag(after) - cp.updateLagDays.target)).toBeLessThanOrEqual(lagTolerance(cp.updateLagDays.target, after.length));
  });

  it('keeps Cedar (the lagging unit) behind Oak and Ash after the normal ramp', () => {
    const cedar = overdueShare('settled', [LAGGING]);
    const normal = overdueShare('settled', NORMAL);
    const eCedar = expectedShare(cp.reviewLate.laggingTarget, cedar.sectionDays);
    const eNormal = expectedShare(cp.reviewLate.target, normal.sectionDays);
    expect(Math.abs(cedar.share - eCedar.share)).toBeLessThan(EDGE_ALLOWANCE + 4 * eCedar.se);
    expect(cedar.share - normal.share).toBeGreaterThan((eCedar.share - eNormal.share) / 2);
    // Lags: Cedar's mean lag is between its ramp and its own target over this period, never
    // below laggingTarget; Oak and Ash are at target.
    const cedarLag = medianLag(lagsIn('afterRamp', [LAGGING]));
    const normalLag = medianLag(lagsIn('afterRamp', NORMAL));
    expect(cedarLag - normalLag).toBeGreaterThan((cp.updateLagDays.laggingTarget - cp.updateLagDays.target) / 2);
  });

  it('prints the table', () => {
    const rows = (['baseline', 'afterRamp', 'settled', 'drift'] as const).flatMap((period) =>
      STORY.units.map((unit) => {
        const share = overdueShare(period, [unit]).share;
        const ls = lagsIn(period, [unit]);
        return {
          period,
          unit,
          'overdue %': (100 * share).toFixed(1),
          'median lag d': medianLag(ls),
          'within 7 d %': (100 * shareWithinTarget(ls, rules)).toFixed(0),
          changes: ls.length,
        };
      }),
    );
    console.log(`timeliness (${seconds.toFixed(2)} s to build)`);
    console.table(rows);
    const now = backlogNow(timelines, rules, d.now);
    const expected = (period: Period, units: readonly Unit[], p: number) => {
      const m = overdueShare(period, units);
      return `${(100 * m.share).toFixed(1)}% (STORY ${(100 * expectedShare(p, m.sectionDays).share).toFixed(1)}%)`;
    };
    console.log(
      'overdue share, measured (expected):',
      `steady baseline all ${expected('steady', STORY.units, cp.reviewLate.baseline)};`,
      `after ramp Oak+Ash ${expected('afterRamp', NORMAL, cp.reviewLate.target)};`,
      `settled Cedar ${expected('settled', [LAGGING], cp.reviewLate.laggingTarget)}`,
    );
    console.log(
      'median lag, measured (STORY mean):',
      `baseline all ${medianLag(lagsIn('baseline', STORY.units))} (${cp.updateLagDays.baseline});`,
      `after ramp Oak+Ash ${medianLag(lagsIn('afterRamp', NORMAL))} (${cp.updateLagDays.target});`,
      `settled Cedar ${medianLag(lagsIn('settled', [LAGGING]))} (${cp.updateLagDays.laggingTarget})`,
    );
    console.log('backlog now:', now.overdue.length, 'overdue of', now.total, JSON.stringify(now.byUnit));
    expect(rows).toHaveLength(16);
  });
});
