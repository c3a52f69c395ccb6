import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { baselineMean, mondayOf, weeklyRate } from './weekly-rate';

const row = (day: string, notes: number, vague: number, unit = 'Oak'): DailyRollup => ({
  id: `${day}|s|${unit}|day|weekday`, day, system: 's', unit, shift: 'day', dayType: 'weekday', role: 'Carer', notes, flagged: { vague }, scoreSum: 0, residents: {},
});

describe('weekly rate from daily roll-ups', () => {
  it('finds the Monday of a week, across month and year ends', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2024-03-03')).toBe('2024-02-26'); // leap year
  });

  it('pools the days of a week and their segments, and sorts weeks', () => {
    const points = weeklyRate(
      [row('2026-11-24', 10, 5), row('2026-11-24', 10, 1, 'Ash'), row('2026-11-16', 4, 4), row('2026-11-29', 0, 0)],
      (r) => r.flagged.vague ?? 0,
    );
    expect(points).toEqual([
      { week: '2026-11-16', notes: 4, flagged: 4, rate: 1 },
      { week: '2026-11-23', notes: 20, flagged: 6, rate: 0.3 },
    ]);
  });

  it('takes the baseline mean over the weeks inside the baseline only', () => {
    const points = weeklyRate([row('2026-01-05', 10, 4), row('2026-01-12', 10, 2), row('2026-03-02', 10, 0)], (r) => r.flagged.vague ?? 0);
    expect(baselineMean(points, { start: '2026-01-07', end: '2026-01-18' })).toBeCloseTo(0.3);
    expect(baselineMean(points, { start: '2025-01-01', end: '2025-02-01' })).toBeUndefined();
  });
});
