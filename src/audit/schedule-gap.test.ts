import { describe, expect, it } from 'vitest';
import { seriesOf } from './cycle-series';
import { scheduleGap } from './schedule-gap';
import { ONE_QUESTION, scoredCycle } from './test-support';

describe('scheduleGap', () => {
  it('compares the mean of the last k scheduled and the last k unscheduled cycles', () => {
    const cycles = [
      scoredCycle(1, 2, { scheduled: true }), // outside the last 3 scheduled
      scoredCycle(2, 9, { scheduled: true }),
      scoredCycle(3, 6, { scheduled: false }),
      scoredCycle(4, 8, { scheduled: true }),
      scoredCycle(5, 7, { scheduled: false }),
      scoredCycle(6, 10, { scheduled: true }),
    ];
    const gap = scheduleGap(seriesOf(cycles, ONE_QUESTION.id), 3);
    expect(gap.scheduled).toEqual({ mean: 0.9, cycles: 3 });
    expect(gap.unscheduled.cycles).toBe(2);
    expect(gap.unscheduled.mean).toBeCloseTo(0.65);
    expect(gap.gap).toBeCloseTo(0.25);
    expect(gap.reason).toBe('Unscheduled audits score 25 points lower than scheduled ones (scheduled 90% over 3, unscheduled 65% over 2).');
  });

  it('has no gap until both kinds have a scored cycle', () => {
    const gap = scheduleGap(seriesOf([scoredCycle(1, 9)], ONE_QUESTION.id));
    expect(gap).toMatchObject({ gap: null, reason: 'No gap yet: no scored unscheduled cycle to compare with.' });
  });
});
