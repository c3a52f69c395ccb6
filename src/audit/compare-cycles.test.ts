import { describe, expect, it } from 'vitest';
import { compareCycles } from './compare-cycles';
import { ONE_QUESTION, scoredCycle } from './test-support';

describe('compareCycles', () => {
  it('compares the baseline with each later cycle and gives the three verdicts', () => {
    const cycles = [scoredCycle(4, 9, { scheduled: false }), scoredCycle(1, 4, { isBaseline: true }), scoredCycle(2, 8), scoredCycle(3, 9)];
    const c = compareCycles(cycles, ONE_QUESTION.id, { target: 0.8 })!;
    expect(c.baseline.cycle.id).toBe(1);
    expect(c.later.map((l) => l.cycle.id)).toEqual([2, 3, 4]);
    expect(c.later.map((l) => l.change)).toEqual([0.4, 0.5, 0.5].map((x) => expect.closeTo(x)));
    expect(c.later[0]!.criteria).toEqual([{ criterionId: 'specific', text: 'Is it specific?', baseline: 0.4, score: 0.8, change: expect.closeTo(0.4) }]);
    expect(c.embedded.status).toBe('embedded');
    expect(c.broad.status).toBe('broad');
    // Scheduled: the baseline (40%), 80% and 90%; unscheduled: 90%.
    expect(c.scheduleGap.gap).toBeCloseTo(0.7 - 0.9);
  });

  it('starts from the latest cycle marked as baseline, leaving earlier ones out', () => {
    const cycles = [scoredCycle(1, 9), scoredCycle(2, 9), scoredCycle(3, 3, { isBaseline: true }), scoredCycle(4, 9)];
    const c = compareCycles(cycles, ONE_QUESTION.id, { target: 0.8 })!;
    expect(c.baseline.cycle.id).toBe(3);
    // The good cycles before the baseline do not count towards embedded.
    expect(c.embedded.status).toBe('too-few-cycles');
  });

  it('uses the first closed cycle without a marked baseline, ignores open cycles and other templates', () => {
    const open = { ...scoredCycle(5, 10), status: 'open' as const, closedAt: undefined };
    const other = scoredCycle(6, 10, { templateId: 'other', template: { ...ONE_QUESTION, id: 'other' } });
    const c = compareCycles([scoredCycle(2, 5), scoredCycle(3, 6), open, other], ONE_QUESTION.id, { target: 0.8, consecutive: 2 })!;
    expect(c.baseline.cycle.id).toBe(2);
    expect(c.later.map((l) => l.cycle.id)).toEqual([3]);
    expect(compareCycles([], ONE_QUESTION.id, { target: 0.8 })).toBeNull();
  });
});
