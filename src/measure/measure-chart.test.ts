import { describe, expect, it } from 'vitest';
import { measureChart } from './measure-chart';
import { NOTE_MEASURES, type MeasurePoint } from './registry';

const vague = NOTE_MEASURES.find((m) => m.id === 'vague')!;
const week = (i: number) => new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10);
// 13 baseline weeks around 40% vague, then 10 weeks around 15%.
const rates = [0.4, 0.42, 0.38, 0.41, 0.39, 0.43, 0.4, 0.37, 0.41, 0.4, 0.42, 0.39, 0.4, 0.16, 0.15, 0.14, 0.16, 0.15, 0.13, 0.15, 0.16, 0.14, 0.15];
const points: MeasurePoint[] = rates.map((r, i) => ({ period: week(i), numerator: Math.round(r * 100), denominator: 100, value: r }));
const baseline = { start: week(0), end: week(12) };

describe('a measure as a process-control chart', () => {
  it('finds the improvement after the intervention against the baseline limits', () => {
    const chart = measureChart(vague, points, { period: 'week', baseline })!;
    // The run below the mean starts with the last two baseline weeks (0.39 and 0.40 are under the
    // baseline mean of 0.4015): a run counts every point on that side, wherever it falls.
    expect(chart.points.slice(0, 11).every((p) => p.label === undefined)).toBe(true);
    expect(chart.points.slice(13).every((p) => p.label === 'improvement')).toBe(true);
    expect(chart.signals.every((s) => s.label === 'improvement')).toBe(true);
    expect(chart.variation).toBe('special-cause-improvement');
    // The limits stay those of the baseline (about 40%), so the chart shows the change against "before".
    expect(chart.points.at(-1)!.limits!.mean).toBeCloseTo(0.4, 2);
    expect(chart.warnings).toEqual([]);
    // Without an intervention, assurance is judged on the baseline process: the 15% target is far
    // below its limits, so it is consistently missed.
    expect(chart.assurance).toBe('consistently-missing');
    // With the intervention recorded, assurance is judged on the process since then (about 15%,
    // limits around it): the target sits within the limits, hit and miss.
    const since = measureChart(vague, points, { period: 'week', baseline, interventions: [{ day: week(13) }] })!;
    expect(since.points.at(-1)!.limits!.mean).toBeCloseTo(0.4, 2);
    expect(since.assurance).toBe('hit-and-miss');
  });

  it('recalculates at an intervention when asked: the new process is judged on its own limits', () => {
    const chart = measureChart(vague, points, { period: 'week', baseline, interventions: [{ day: week(13) }], recalcAtInterventions: true })!;
    expect(chart.points.at(-1)!.limits!.mean).toBeCloseTo(0.15, 2);
    expect(chart.variation).toBe('common-cause');
    // 10 points after the recalculation: fewer than 12, so the chart warns.
    expect(chart.warnings.join(' ')).toMatch(/fewer than 12 points/);
  });

  it('shows a week with too few notes without judging it, and stands in a baseline when none is set', () => {
    const small = points.map((p, i) => (i === 20 ? { ...p, numerator: 9, denominator: 10, value: 0.9 } : p));
    const chart = measureChart(vague, small, { period: 'week' })!;
    expect(chart.points[20]).toMatchObject({ shown: 0.9, judged: false, value: null });
    expect(chart.points[20]!.label).toBeUndefined();
    expect(chart.warnings.join(' ')).toMatch(/No baseline set: the limits come from the first 12 weeks/);
    expect(chart.warnings.join(' ')).toMatch(/1 weeks had too little behind them to judge \(under 20\)/);
    expect(measureChart(vague, points.slice(0, 1), { period: 'week' })).toBeUndefined();
  });
});

describe('a baseline frozen when it was set', () => {
  it('keeps the frozen limits when the records held for the baseline change, and says so', () => {
    const frozen = { value: 0.4, denominator: 1300, limits: { mean: 0.4, movingRangeMean: 0.025, count: 13 } };
    // Notes captured later for the baseline weeks pull their live mean down to 30%.
    const moved = points.map((p, i) => (i < 13 ? { ...p, value: p.value! - 0.1, numerator: p.numerator - 10 } : p));
    const chart = measureChart(vague, moved, { period: 'week', baseline, frozen })!;
    expect(chart.frozen).toBe(true);
    expect(chart.points[0]!.limits!.mean).toBe(0.4);
    expect(chart.points[0]!.limits!.upper).toBeCloseTo(0.4 + 2.66 * 0.025, 10);
    expect(chart.warnings.join(' ')).toMatch(/frozen when the baseline was set \(40\.0%\); the records now held for that period give 30\.\d%/);
    // Unfrozen, the same records give the moved limits.
    expect(measureChart(vague, moved, { period: 'week', baseline })!.points[0]!.limits!.mean).toBeCloseTo(0.3, 2);
  });

  it('says nothing when the records still give the frozen mean', () => {
    const live = measureChart(vague, points, { period: 'week', baseline })!.points[0]!.limits!;
    const frozen = { value: 0.4, denominator: 1300, limits: { mean: live.mean, movingRangeMean: live.movingRangeMean, count: live.count } };
    const chart = measureChart(vague, points, { period: 'week', baseline, frozen })!;
    expect(chart.warnings).toEqual([]);
    expect(chart.points.map((p) => p.label)).toEqual(measureChart(vague, points, { period: 'week', baseline })!.points.map((p) => p.label));
  });
});
