import { describe, expect, it } from 'vitest';
import { beyondLimits, shifts, specialCauses, trends, twoOfThree } from './special-cause';
import { xmrSeries } from './xmr';
import { periodOf, points, WORKED_BASELINE, WORKED_BASELINE_END } from './test-series';

/** The worked baseline (mean 10, limits 4.68..15.32, two-thirds 6.45..13.55) followed by `after`. */
const afterBaseline = (after: (number | null)[], recalcAt?: string[]) =>
  xmrSeries(points([...WORKED_BASELINE, ...after]), { baselineEnd: WORKED_BASELINE_END, recalcAt });
const B = WORKED_BASELINE.length; // index of the first point after the baseline

describe('rule (a): a point beyond a process limit', () => {
  it('flags points above the upper and below the lower limit, one signal each', () => {
    const s = beyondLimits(afterBaseline([15.4, 10, 4.6]));
    expect(s.map((x) => [x.rule, x.side, x.indices])).toEqual([
      ['beyond-limit', 'high', [B]],
      ['beyond-limit', 'low', [B + 2]],
    ]);
    expect(s[0]!.periods).toEqual([periodOf(B)]);
    expect(s[0]!.why).toMatch(/above the upper process limit 15\.32/);
  });

  it('does not flag a point exactly on a limit (floating-point noise included)', () => {
    expect(beyondLimits(afterBaseline([15.32, 4.68]))).toEqual([]);
  });

  it('flags any change at all on a flat series (limits equal the mean) but not the flat value itself', () => {
    const flat = xmrSeries(points([...Array(12).fill(5), 5, 5.01, 4.99]), { baselineEnd: periodOf(11) });
    expect(beyondLimits(flat).map((x) => [x.side, x.indices])).toEqual([
      ['high', [13]],
      ['low', [14]],
    ]);
    expect(shifts(flat)).toEqual([]); // a point on the mean belongs to no run
  });
});

describe('rule (b): a shift of 7 or more points on one side of the mean', () => {
  it('needs 7: 6 points above is not a shift, 7 is', () => {
    expect(shifts(afterBaseline([11, 11, 11, 11, 11, 11]))).toEqual([]);
    const s = shifts(afterBaseline([11, 11, 11, 11, 11, 11, 11]));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ rule: 'shift', side: 'high', indices: [B, B + 1, B + 2, B + 3, B + 4, B + 5, B + 6] });
    expect(s[0]!.why).toBe('7 points in a row above the mean 10');
  });

  it('flags a longer run once, with all its points, and runs below the mean as low', () => {
    const s = shifts(afterBaseline([9, 9, 8, 9, 7, 9, 9, 9, 9]));
    expect(s).toHaveLength(1);
    expect(s[0]!.side).toBe('low');
    expect(s[0]!.indices).toHaveLength(9);
  });

  it('is broken by a point exactly on the mean (a tie is on neither side)', () => {
    expect(shifts(afterBaseline([11, 11, 11, 10, 11, 11, 11, 11]))).toEqual([]);
  });

  it('is broken by a point on the other side', () => {
    expect(shifts(afterBaseline([11, 11, 11, 9, 11, 11, 11, 11]))).toEqual([]);
  });

  it('skips empty periods: a null inside a run neither breaks nor counts towards it', () => {
    const s = shifts(afterBaseline([11, 11, 11, null, 11, 11, 11, 11]));
    expect(s).toHaveLength(1);
    expect(s[0]!.indices).not.toContain(B + 3);
    expect(s[0]!.indices).toHaveLength(7);
    expect(shifts(afterBaseline([11, 11, null, 11, 11, 11, 11]))).toEqual([]); // 6 values over 7 periods
  });

  it('does not continue a run across a recalculation (each segment judged on its own mean)', () => {
    // 4 points above the baseline mean, then a new segment whose first 3 points are above its own mean.
    const after = [11, 11, 11, 11, 20, 20, 20, 10, 10, 10, 10, 10];
    const withRecalc = afterBaseline(after, [periodOf(B + 4)]);
    expect(withRecalc[B + 4]!.limits!.mean).toBeCloseTo(110 / 8, 10);
    expect(shifts(withRecalc)).toEqual([]);
    // Without the recalculation the same 7 points are one shift above the baseline mean.
    expect(shifts(afterBaseline(after)).map((x) => x.indices)).toEqual([[B, B + 1, B + 2, B + 3, B + 4, B + 5, B + 6]]);
  });
});

describe('rule (c): a trend of 7 or more points each rising or each falling', () => {
  it('needs 7 points (6 rises): 6 rising points is not a trend, 7 is', () => {
    expect(trends(afterBaseline([7, 8, 9, 10, 11, 12]))).toEqual([]);
    const s = trends(afterBaseline([7, 8, 9, 10, 11, 12, 13]));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ rule: 'trend', side: 'high', indices: [B, B + 1, B + 2, B + 3, B + 4, B + 5, B + 6] });
    expect(s[0]!.why).toBe('7 points in a row each higher than the one before');
  });

  it('counts a trend that crosses the mean, and falling trends as low', () => {
    const s = trends(afterBaseline([13, 12, 11, 10, 9, 8, 7, 6]));
    expect(s.map((x) => [x.side, x.indices.length])).toEqual([['low', 8]]);
  });

  it('is broken by two equal consecutive values', () => {
    expect(trends(afterBaseline([7, 8, 9, 9, 10, 11, 12, 13]))).toEqual([]);
  });

  it('does not continue across a recalculation', () => {
    const after = [7, 8, 9, 10, 11, 12, 13, 14];
    expect(trends(afterBaseline(after, [periodOf(B + 4)]))).toEqual([]);
    expect(trends(afterBaseline(after))).toHaveLength(1);
  });

  it('judges the values either side of an empty period as consecutive', () => {
    expect(trends(afterBaseline([7, 8, 9, null, 10, 11, 12, 13]))[0]!.indices).toEqual([B, B + 1, B + 2, B + 4, B + 5, B + 6, B + 7]);
  });
});

describe('rule (d): 2 of 3 points beyond two-thirds of the way to a limit', () => {
  it('flags the two close points when all three are on the same side', () => {
    const s = twoOfThree(afterBaseline([14, 11, 14, 10]));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ rule: 'two-of-three', side: 'high', indices: [B, B + 2] });
  });

  it('is no signal when the third point is on the other side of the mean, or on it', () => {
    expect(twoOfThree(afterBaseline([14, 9, 14, 10]))).toEqual([]);
    expect(twoOfThree(afterBaseline([14, 10, 14, 10]))).toEqual([]);
  });

  it('is no signal for one close point, or for close points on opposite sides', () => {
    expect(twoOfThree(afterBaseline([14, 11, 11, 10]))).toEqual([]);
    expect(twoOfThree(afterBaseline([14, 6, 14, 6, 10]))).toEqual([]);
  });

  it('counts a point beyond the limit as close to it', () => {
    const all = specialCauses(afterBaseline([11, 14, 16, 10]));
    expect(all.map((x) => [x.rule, x.indices])).toEqual([
      ['two-of-three', [B + 1, B + 2]],
      ['beyond-limit', [B + 2]],
    ]);
  });

  it('merges overlapping windows into one signal, below the mean too', () => {
    const s = twoOfThree(afterBaseline([6, 6, 9, 6, 10]));
    expect(s.map((x) => [x.side, x.indices])).toEqual([['low', [B, B + 1, B + 3]]]);
  });

  it('does not reach across a recalculation', () => {
    // 14, 14 at the end of the baseline segment; the next segment starts with 14 and has its own mean.
    const s = afterBaseline([11, 14, 14, 30, 30, 30], [periodOf(B + 3)]);
    expect(twoOfThree(s).map((x) => x.indices)).toEqual([[B + 1, B + 2]]);
  });
});

describe('all rules together', () => {
  it('orders signals by their first point, and ignores points without limits', () => {
    const s = specialCauses(afterBaseline([16, 11, 11, 11, 11, 11, 11, 11]));
    expect(s.map((x) => x.rule)).toEqual(['beyond-limit', 'shift']);
    expect(specialCauses(xmrSeries(points([1, null, 50]), { baselineEnd: periodOf(0) }))).toEqual([]);
  });
});
