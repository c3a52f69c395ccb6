import { describe, expect, it } from 'vitest';
import { specialCauses, type Signal } from './special-cause';
import { assuranceVerdict, labelSignal, variationVerdict, type Direction } from './verdicts';
import { xmrSeries } from './xmr';
import { periodOf, points, WORKED_BASELINE, WORKED_BASELINE_END } from './test-series';

const afterBaseline = (after: (number | null)[], recalcAt?: string[]) =>
  xmrSeries(points([...WORKED_BASELINE, ...after]), { baselineEnd: WORKED_BASELINE_END, recalcAt });
const B = WORKED_BASELINE.length;
const verdictOf = (after: (number | null)[], direction: Direction) => {
  const s = afterBaseline(after);
  return variationVerdict(s, specialCauses(s), direction);
};

describe('improvement or concern', () => {
  const high: Signal = { rule: 'trend', side: 'high', indices: [0], periods: ['p01'], why: '' };
  const low: Signal = { ...high, side: 'low' };
  it('follows the direction of the measure', () => {
    expect(labelSignal(high, 'higher-is-better').label).toBe('improvement');
    expect(labelSignal(high, 'lower-is-better').label).toBe('concern');
    expect(labelSignal(low, 'lower-is-better').label).toBe('improvement');
    expect(labelSignal(low, 'higher-is-better').label).toBe('concern');
  });
});

describe('variation verdict for the latest point', () => {
  it('is special cause improvement or concern by direction when the latest point is flagged', () => {
    expect(verdictOf([16], 'higher-is-better')).toMatchObject({ verdict: 'special-cause-improvement', period: periodOf(B) });
    expect(verdictOf([16], 'lower-is-better').verdict).toBe('special-cause-concern');
  });

  it('is common cause when no signal touches the latest point, even after an earlier one', () => {
    expect(verdictOf([11, 9], 'higher-is-better')).toMatchObject({ verdict: 'common-cause', signal: undefined });
    expect(verdictOf([16, 10], 'higher-is-better').verdict).toBe('common-cause');
  });

  it('looks past trailing empty periods to the latest judged point', () => {
    expect(verdictOf([16, null, null], 'higher-is-better')).toMatchObject({ verdict: 'special-cause-improvement', period: periodOf(B) });
  });

  it('takes the most recently started signal when several touch the latest point', () => {
    // A long run below the mean (a concern when higher is better), then the last point leaps above the limit.
    const v = verdictOf([9, 9, 9, 9, 9, 9, 9, 9, 16], 'higher-is-better');
    expect(v.verdict).toBe('special-cause-improvement');
    expect(v.signal!.rule).toBe('beyond-limit');
  });

  it('shows improvement when an improvement and a concern start at the same point', () => {
    // Rising for 7 points while staying below the mean: a rising trend and a shift below, both from the first point.
    const v = verdictOf([5, 6, 6.5, 7, 7.5, 8, 9], 'higher-is-better');
    expect(v.verdict).toBe('special-cause-improvement');
    expect(v.signal!.rule).toBe('trend');
    expect(verdictOf([5, 6, 6.5, 7, 7.5, 8, 9], 'lower-is-better')).toMatchObject({ verdict: 'special-cause-improvement', signal: { rule: 'shift' } });
  });

  it('is common cause, with no period, when nothing can be judged', () => {
    const s = xmrSeries(points([1]), { baselineEnd: periodOf(0) });
    expect(variationVerdict(s, [], 'higher-is-better')).toEqual({ verdict: 'common-cause', period: undefined, signal: undefined });
  });
});

describe('assurance verdict against a target (limits 4.68 .. 15.32)', () => {
  const s = afterBaseline([11, 9]);
  it('is consistently meeting when the target is outside the limits on the bad side', () => {
    expect(assuranceVerdict(s, 'higher-is-better', 4)).toBe('consistently-meeting');
    expect(assuranceVerdict(s, 'lower-is-better', 16)).toBe('consistently-meeting');
  });
  it('is consistently missing when the target is outside the limits on the good side', () => {
    expect(assuranceVerdict(s, 'higher-is-better', 16)).toBe('consistently-missing');
    expect(assuranceVerdict(s, 'lower-is-better', 4)).toBe('consistently-missing');
  });
  it('is hit and miss when the target is within the limits or on one', () => {
    expect(assuranceVerdict(s, 'higher-is-better', 10)).toBe('hit-and-miss');
    expect(assuranceVerdict(s, 'lower-is-better', s[0]!.limits!.upper)).toBe('hit-and-miss');
  });
  it('is undefined without a target or without limits', () => {
    expect(assuranceVerdict(s, 'higher-is-better')).toBeUndefined();
    expect(assuranceVerdict(xmrSeries(points([3]), { baselineEnd: periodOf(0) }), 'higher-is-better', 1)).toBeUndefined();
  });
  it('uses the limits in force at the latest point, after a recalculation', () => {
    const recalculated = afterBaseline([30, 31, 30, 31], [periodOf(B)]);
    expect(assuranceVerdict(recalculated, 'higher-is-better', 20)).toBe('consistently-meeting');
  });
});
