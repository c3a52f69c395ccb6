import { describe, expect, it } from 'vitest';
import { MIN_POINTS_FOR_LIMITS, xmrLimits, xmrSeries } from './xmr';
import { periodOf, points, WORKED_BASELINE, WORKED_BASELINE_END } from './test-series';

describe('XmR limits', () => {
  it('matches the hand-computed worked example', () => {
    const l = xmrLimits(WORKED_BASELINE)!;
    expect(l.mean).toBe(10);
    expect(l.movingRangeMean).toBe(2);
    expect(l.upper).toBeCloseTo(15.32, 10);
    expect(l.lower).toBeCloseTo(4.68, 10);
    expect(l.upperTwoThirds).toBeCloseTo(10 + (2 / 3) * 5.32, 10); // 13.5467
    expect(l.lowerTwoThirds).toBeCloseTo(6.4533, 4);
    expect(l.upperOneThird).toBeCloseTo(11.7733, 4);
    expect(l.lowerOneThird).toBeCloseTo(8.2267, 4);
    expect(l.count).toBe(12);
    expect(l.flat).toBe(false);
  });

  it('has no limits from fewer than two values (no moving range to measure)', () => {
    expect(xmrLimits([])).toBeUndefined();
    expect(xmrLimits([7])).toBeUndefined();
  });

  it('collapses the limits onto the mean for a flat series, and says so', () => {
    const l = xmrLimits([5, 5, 5, 5])!;
    expect([l.mean, l.upper, l.lower, l.upperTwoThirds, l.lowerTwoThirds]).toEqual([5, 5, 5, 5, 5]);
    expect(l.flat).toBe(true);
  });

  it('does not clamp a lower limit below zero', () => {
    expect(xmrLimits([0, 0.2, 0, 0.2])!.lower).toBeLessThan(0);
  });
});

describe('XmR series', () => {
  it('freezes the limits on the baseline: later points do not move them', () => {
    const s = xmrSeries(points([...WORKED_BASELINE, 30, 40, 50]), { baselineEnd: WORKED_BASELINE_END });
    expect(s).toHaveLength(15);
    for (const p of s) {
      expect(p.segment).toBe(0);
      expect(p.limits!.mean).toBe(10);
      expect(p.fewPoints).toBe(false);
    }
  });

  it(`warns when a segment's limits rest on fewer than ${MIN_POINTS_FOR_LIMITS} points`, () => {
    const eleven = xmrSeries(points(WORKED_BASELINE.slice(0, 11)), { baselineEnd: periodOf(10) });
    expect(eleven.every((p) => p.fewPoints)).toBe(true);
    const twelve = xmrSeries(points(WORKED_BASELINE), { baselineEnd: WORKED_BASELINE_END });
    expect(twelve.some((p) => p.fewPoints)).toBe(false);
  });

  it('starts new limits at a recalculation, from that segment\'s own points, however few', () => {
    const s = xmrSeries(points([...WORKED_BASELINE, 11, 20, 22, 20]), { baselineEnd: WORKED_BASELINE_END, recalcAt: [periodOf(13)] });
    expect(s[12]).toMatchObject({ segment: 0, fewPoints: false });
    expect(s[12]!.limits!.mean).toBe(10);
    for (const p of s.slice(13)) {
      expect(p.segment).toBe(1);
      expect(p.fewPoints).toBe(true);
      expect(p.limits!.mean).toBeCloseTo(62 / 3, 10);
      expect(p.limits!.movingRangeMean).toBe(2); // |22−20| + |20−22| over 2: the jump from 11 is not counted
    }
  });

  it('starts a segment at the first period on or after a recalculation period missing from the data', () => {
    const s = xmrSeries([{ period: '2026-01-05', value: 1 }, { period: '2026-01-19', value: 2 }, { period: '2026-01-26', value: 4 }], {
      baselineEnd: '2026-01-05',
      recalcAt: ['2026-01-12'],
    });
    expect(s.map((p) => p.segment)).toEqual([0, 1, 1]);
  });

  it('keeps null periods in the output but skips them for limits (the moving range spans the gap)', () => {
    const s = xmrSeries(points([10, null, 12, 10]), { baselineEnd: periodOf(3) });
    expect(s.map((p) => p.value)).toEqual([10, null, 12, 10]);
    expect(s[1]!.limits!.mean).toBeCloseTo(32 / 3, 10);
    expect(s[1]!.limits!.movingRangeMean).toBe(2);
    expect(s[1]!.limits!.count).toBe(3);
  });

  it('gives no limits to a segment with under two values', () => {
    const s = xmrSeries(points([null, 4, null]), { baselineEnd: periodOf(2) });
    expect(s.every((p) => p.limits === undefined && p.fewPoints)).toBe(true);
  });

  it('refuses periods out of order and recalculations inside the baseline', () => {
    expect(() => xmrSeries([{ period: 'b', value: 1 }, { period: 'a', value: 1 }], { baselineEnd: 'b' })).toThrow(/increasing/);
    expect(() => xmrSeries(points([1, 2, 3]), { baselineEnd: periodOf(1), recalcAt: [periodOf(1)] })).toThrow(/after the baseline/);
  });
});
