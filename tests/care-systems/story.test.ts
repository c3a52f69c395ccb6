import { describe, expect, it } from 'vitest';
import type { CarePlanSection, Note } from './generator/index';
import { londonParts } from './london-time';
import { STORY, storyDates } from './story';
import { TEST_NOW, mean, rateOf, testData } from './test-fixtures';

const DAY = 86_400_000;

describe('storyDates', () => {
  it('puts every boundary on a London midnight, in order', () => {
    const d = storyDates(TEST_NOW);
    expect(d.days).toEqual({
      now: '2026-11-23',
      start: '2025-11-23',
      baselineStart: '2025-11-23',
      baselineEnd: '2026-02-22', // 13 weeks
      intervention: '2026-03-15', // 3 weeks later
      rampEnd: '2026-05-24', // 10 weeks later
      laggingRampEnd: '2026-08-02', // 20 weeks after the intervention
      driftStart: '2026-09-24', // 60 days before now
    });
    for (const k of ['start', 'baselineEnd', 'intervention', 'rampEnd', 'laggingRampEnd', 'driftStart'] as const) {
      const p = londonParts(d[k]);
      expect([k, p.hour, p.minute]).toEqual([k, 0, 0]);
      expect(d.iso[k]).toBe(new Date(d[k]).toISOString());
    }
    expect(d.now).toBe(TEST_NOW);
    expect(d.start < d.baselineEnd && d.baselineEnd < d.intervention && d.intervention < d.rampEnd).toBe(true);
    expect(d.rampEnd < d.laggingRampEnd && d.laggingRampEnd < d.driftStart && d.driftStart < d.now).toBe(true);
  });

  it('uses London summer time and clamps month ends', () => {
    const summer = storyDates(Date.UTC(2026, 6, 10, 9, 0));
    expect(summer.days.start).toBe('2025-07-10');
    expect(summer.iso.start).toBe('2025-07-09T23:00:00.000Z'); // midnight BST
    const leap = storyDates(Date.UTC(2028, 1, 29, 12, 0));
    expect(leap.days.start).toBe('2027-02-28');
    // Just after midnight BST is already "today" in London though still yesterday in UTC.
    expect(storyDates(Date.UTC(2026, 5, 30, 23, 30)).days.now).toBe('2026-07-01');
  });
});

describe('the story is in the truth labels', () => {
  const d = storyDates(TEST_NOW);
  const between = (a: number, b: number) => (n: Note) => n.careAt >= a && n.careAt < b;
  const vague = (n: Note) => n.truth.vague;

  it('has a weak baseline and a much better period after the ramp', () => {
    const { notes } = testData();
    const baseline = notes.filter(between(d.baselineStart, d.baselineEnd));
    expect(rateOf(baseline, vague)).toBeCloseTo(STORY.vague.baseline, 1);
    expect(Math.abs(rateOf(baseline, vague) - STORY.vague.baseline)).toBeLessThan(0.05);
    expect(Math.abs(rateOf(baseline, (n) => n.truth.copiedForward) - STORY.copiedForward.baseline)).toBeLessThan(0.03);
    expect(Math.abs(rateOf(baseline, (n) => n.truth.late) - STORY.late.baseline)).toBeLessThan(0.03);

    // After the ramp, before the drift, outside the lagging unit: day weekday notes hit the target.
    const improved = notes.filter(between(d.rampEnd, d.driftStart)).filter((n) => n.unit !== STORY.laggingUnit);
    const dayWeekday = improved.filter((n) => n.truth.shift === 'day' && n.truth.dayType === 'weekday');
    expect(Math.abs(rateOf(dayWeekday, vague) - STORY.vague.target)).toBeLessThan(0.03);
    expect(rateOf(improved, vague)).toBeLessThan(0.2);
    expect(Math.abs(rateOf(improved, (n) => n.truth.copiedForward) - STORY.copiedForward.target)).toBeLessThan(0.02);
    expect(Math.abs(rateOf(improved, (n) => n.truth.late) - STORY.late.target)).toBeLessThan(0.02);
  });

  it('improves gradually after the intervention, not in one step', () => {
    const { notes } = testData();
    const others = notes.filter((n) => n.unit !== STORY.laggingUnit);
    const weekly: number[] = [];
    for (let t = d.intervention; t < d.rampEnd; t += 14 * DAY) {
      weekly.push(rateOf(others.filter(between(t, t + 14 * DAY)), vague));
    }
    expect(weekly.length).toBe(5);
    for (let i = 1; i < weekly.length; i++) expect(weekly[i]).toBeLessThan(weekly[i - 1] as number);
    expect(weekly[0]).toBeGreaterThan(0.3);
  });

  it('has Cedar lagging: slower and only to ~0.25', () => {
    const { notes } = testData();
    const later = notes.filter(between(d.laggingRampEnd, d.driftStart));
    const cedar = later.filter((n) => n.unit === 'Cedar');
    const others = later.filter((n) => n.unit !== 'Cedar');
    expect(rateOf(cedar, vague)).toBeGreaterThan(rateOf(others, vague) + 0.1);
    const cedarDayWeekday = cedar.filter((n) => n.truth.shift === 'day' && n.truth.dayType === 'weekday');
    expect(Math.abs(rateOf(cedarDayWeekday, vague) - STORY.vague.laggingTarget)).toBeLessThan(0.04);
    // Half-way through the normal ramp, Cedar has improved less than the others.
    const mid = notes.filter(between(d.intervention + 35 * DAY, d.rampEnd));
    expect(rateOf(mid.filter((n) => n.unit === 'Cedar'), vague)).toBeGreaterThan(rateOf(mid.filter((n) => n.unit !== 'Cedar'), vague) + 0.05);
  });

  it('has Birch drifting back in the last 60 days', () => {
    const { notes } = testData();
    const birch = notes.filter((n) => n.unit === 'Birch');
    const mid = rateOf(birch.filter(between(d.rampEnd, d.driftStart)), vague);
    const drift = rateOf(birch.filter(between(d.driftStart, d.now + 1)), vague);
    const lastFortnight = rateOf(birch.filter(between(d.now - 14 * DAY, d.now + 1)), vague);
    expect(drift).toBeGreaterThan(mid + 0.06);
    expect(lastFortnight).toBeGreaterThan(mid + 0.12);
    // The other improved units hold steady over the same 60 days.
    const oak = notes.filter((n) => n.unit === 'Oak');
    expect(Math.abs(rateOf(oak.filter(between(d.driftStart, d.now + 1)), vague) - rateOf(oak.filter(between(d.rampEnd, d.driftStart)), vague))).toBeLessThan(0.03);
  });

  it('has nights and weekends lagging after the intervention, but not at baseline', () => {
    const { notes } = testData();
    const after = notes.filter(between(d.rampEnd, d.driftStart));
    const night = rateOf(after.filter((n) => n.truth.shift === 'night'), vague);
    const day = rateOf(after.filter((n) => n.truth.shift === 'day'), vague);
    const weekend = rateOf(after.filter((n) => n.truth.dayType === 'weekend'), vague);
    const weekday = rateOf(after.filter((n) => n.truth.dayType === 'weekday'), vague);
    expect(night - day).toBeGreaterThan(STORY.nightPenalty - 0.025);
    expect(weekend - weekday).toBeGreaterThan(STORY.weekendPenalty - 0.025);

    const baseline = notes.filter(between(d.baselineStart, d.baselineEnd));
    const bNight = rateOf(baseline.filter((n) => n.truth.shift === 'night'), vague);
    const bDay = rateOf(baseline.filter((n) => n.truth.shift === 'day'), vague);
    expect(Math.abs(bNight - bDay)).toBeLessThan(0.025);
  });
});

describe('care plans', () => {
  const d = storyDates(TEST_NOW);
  const sections = (): { unit: string; section: CarePlanSection }[] => {
    const { carePlans, residents } = testData();
    const unitOf = new Map(residents.map((r) => [r.id, r.unit]));
    return carePlans.flatMap((p) => p.sections.map((section) => ({ unit: unitOf.get(p.residentId) ?? '', section })));
  };

  it('has 8 sections per resident with a consistent current state', () => {
    const { carePlans, residents } = testData();
    expect(carePlans.map((p) => p.residentId)).toEqual(residents.map((r) => r.id));
    const problems: string[] = [];
    for (const plan of carePlans) {
      expect(plan.sections.map((s) => s.name)).toEqual([...STORY.carePlan.sections]);
      expect(plan.sections[0]?.key).toBe('mobility');
      expect(plan.sections[7]?.key).toBe('mental-health-and-wellbeing');
      for (const s of plan.sections) {
        const at = s.events.map((e) => e.at);
        if (at.some((t, i) => t > TEST_NOW || (i > 0 && t < (at[i - 1] as number)))) problems.push(`${plan.residentId} ${s.key}: events out of order`);
        const lastOf = (type: string) => s.events.filter((e) => e.type === type).at(-1)?.at;
        if (s.lastUpdated !== lastOf('update')) problems.push(`${plan.residentId} ${s.key}: lastUpdated`);
        if (s.reviewDue !== (lastOf('review') ?? 0) + STORY.carePlan.reviewIntervalDays * DAY) problems.push(`${plan.residentId} ${s.key}: reviewDue`);
        const change = lastOf('change-in-need');
        const pending = change !== undefined && change > s.lastUpdated ? change : undefined;
        if (s.changeInNeed !== pending) problems.push(`${plan.residentId} ${s.key}: changeInNeed`);
      }
    }
    expect(problems).toEqual([]);
    const all = sections();
    expect(all.some(({ section }) => section.changeInNeed !== undefined)).toBe(true);
    expect(all.some(({ section }) => section.reviewDue < TEST_NOW)).toBe(true);
  });

  /** Days from each change in need to the update that reflects it, by when the change happened. */
  const lags = (unitFilter: (u: string) => boolean, from: number, to: number): number[] =>
    sections()
      .filter(({ unit }) => unitFilter(unit))
      .flatMap(({ section }) =>
        section.events.flatMap((e, i) => {
          if (e.type !== 'change-in-need' || e.at < from || e.at >= to) return [];
          const update = section.events.slice(i + 1).find((x) => x.type === 'update');
          return update ? [Math.round((update.at - e.at) / DAY)] : [];
        }),
      );

  it('updates plans ~9 days after a change in need at baseline, ~3 later, ~6 in the lagging unit', () => {
    const baseline = lags(() => true, d.baselineStart, d.baselineEnd);
    const later = lags((u) => u !== STORY.laggingUnit && u !== STORY.driftingUnit, d.rampEnd, d.now - 20 * DAY);
    const lagging = lags((u) => u === STORY.laggingUnit, d.laggingRampEnd, d.now - 20 * DAY);
    expect(baseline.length).toBeGreaterThan(200);
    expect(later.length).toBeGreaterThan(200);
    expect(Math.abs(mean(baseline) - STORY.carePlan.updateLagDays.baseline)).toBeLessThan(1.2);
    expect(Math.abs(mean(later) - STORY.carePlan.updateLagDays.target)).toBeLessThan(0.8);
    expect(Math.abs(mean(lagging) - STORY.carePlan.updateLagDays.laggingTarget)).toBeLessThan(1.5);
  });

  it('has a review backlog that is high at baseline and lower after the ramp', () => {
    const all = sections();
    /** Share of sections whose review was overdue at instant t. */
    const overdueShare = (t: number): number =>
      rateOf(all, ({ section }) => {
        const lastReview = section.events.filter((e) => e.type === 'review' && e.at <= t).at(-1);
        return lastReview !== undefined && lastReview.at + STORY.carePlan.reviewIntervalDays * DAY < t;
      });
    const sample = (from: number, to: number) => {
      const xs: number[] = [];
      for (let t = from + 12 * 3_600_000; t < to; t += 7 * DAY) xs.push(overdueShare(t));
      return mean(xs);
    };
    const baseline = sample(d.baselineStart + 28 * DAY, d.baselineEnd);
    const later = sample(d.rampEnd + 28 * DAY, d.driftStart);
    expect(baseline).toBeGreaterThan(0.15);
    expect(later).toBeLessThan(baseline / 2);
  });
});
