import { describe, expect, it } from 'vitest';
import { MIN_DENOMINATOR, proportionPoints } from './proportions';
import { specialCauses } from './special-cause';
import { xmrSeries } from './xmr';

describe('proportions with a varying denominator', () => {
  it(`judges a week only when it has at least ${MIN_DENOMINATOR} notes, but always shows its share`, () => {
    const p = proportionPoints([
      { period: 'w1', numerator: 5, denominator: 10 },
      { period: 'w2', numerator: 6, denominator: 30 },
      { period: 'w3', numerator: 0, denominator: 0 },
      { period: 'w4', numerator: 10, denominator: 20 },
    ]);
    expect(p).toEqual([
      { period: 'w1', value: null, proportion: 0.5, denominator: 10, judged: false },
      { period: 'w2', value: 0.2, proportion: 0.2, denominator: 30, judged: true },
      { period: 'w3', value: null, proportion: null, denominator: 0, judged: false },
      { period: 'w4', value: 0.5, proportion: 0.5, denominator: 20, judged: true },
    ]);
  });

  it('takes a different minimum', () => {
    expect(proportionPoints([{ period: 'w1', numerator: 1, denominator: 5 }], 5)[0]!.judged).toBe(true);
  });

  it('keeps a small week out of the limits and the rules', () => {
    const weeks = Array.from({ length: 13 }, (_, i) => ({ period: `w${String(i).padStart(2, '0')}`, numerator: 6 + (i % 2), denominator: 30 }));
    weeks[12] = { period: 'w12', numerator: 3, denominator: 3 }; // 100% of 3 notes: wild, but not judged
    const s = xmrSeries(proportionPoints(weeks), { baselineEnd: 'w12' });
    expect(s[0]!.limits!.count).toBe(12);
    expect(specialCauses(s)).toEqual([]);
  });
});
