import { describe, expect, it } from 'vitest';
import { backlogTrend } from './backlog-trend';
import { DEFAULT_TIMELINESS_RULES } from './rules';
import { london, pageEvent, sectionRow } from './test-timelines';
import { timelineOf } from './timeline-of';

const oak = timelineOf(
  sectionRow('2026-03-31 10:00', '2026-03-31 10:00', { lastUpdated: '2026-03-12 10:00', reviewDue: '2026-04-11' }, { key: 'oak', unit: 'Oak' }),
  [],
  [
    pageEvent('review', '2025-12-01 10:00', 'oak'),
    pageEvent('review', '2026-01-20 10:00', 'oak'),
    pageEvent('review', '2026-02-15 10:00', 'oak'),
    pageEvent('review', '2026-03-14 10:00', 'oak'),
    pageEvent('change-in-need', '2026-03-10 10:00', 'oak'),
    pageEvent('update', '2026-03-12 10:00', 'oak'),
  ],
);
const cedar = timelineOf(
  sectionRow('2026-03-31 10:00', '2026-03-31 10:00', { lastUpdated: '2026-01-15 10:00', reviewDue: '2026-04-17' }, { key: 'cedar', unit: 'Cedar', residentKey: 'R2' }),
  [],
  [
    pageEvent('review', '2025-12-01 10:00', 'cedar'),
    pageEvent('review', '2026-03-20 10:00', 'cedar'),
    pageEvent('change-in-need', '2026-01-05 10:00', 'cedar'),
    pageEvent('update', '2026-01-15 10:00', 'cedar'),
  ],
);

// Record Lens first read both plans on 31 March; everything before comes from the history table.
describe('backlog trend against the baseline', () => {
  const trend = backlogTrend([oak, cedar], DEFAULT_TIMELINESS_RULES, {
    now: london('2026-03-31 18:00'),
    baseline: { start: '2026-01-01', end: '2026-01-31' },
  });

  it('reconstructs the daily backlog from the history, for all units and each unit', () => {
    expect(trend.days[0]).toBe('2025-12-01');
    expect(trend.days.at(-1)).toBe('2026-03-31');
    const on = (day: string) => trend.overdue[trend.days.indexOf(day)];
    // Both were due 29 Dec: overdue from 30 Dec. Oak's review on 20 Jan clears it that day.
    expect(on('2025-12-29')).toBe(0);
    expect(on('2025-12-30')).toBe(2);
    expect(on('2026-01-19')).toBe(2);
    expect(on('2026-01-20')).toBe(1);
    expect(on('2026-03-20')).toBe(0);
    expect(trend.byUnit.Cedar![trend.days.indexOf('2026-03-19')]).toBe(1);
    expect(trend.byUnit.Oak![trend.days.indexOf('2026-03-19')]).toBe(0);
  });

  it('gives the baseline level and, per unit, the baseline beside the last four weeks', () => {
    // January: Oak overdue 1–19 Jan (19 days), Cedar all 31 days.
    expect(trend.baselineOverdue).toBeCloseTo(50 / 31);
    const [cedarRow, oakRow] = trend.units;
    expect(cedarRow).toMatchObject({ unit: 'Cedar', baselineOverdue: 1, baselineMedianLag: 10 });
    // Last 28 days are 4–31 March: Cedar overdue 4–19 March.
    expect(cedarRow!.recentOverdue).toBeCloseTo(16 / 28);
    expect(oakRow).toMatchObject({ unit: 'Oak', recentOverdue: 0, recentMedianLag: 2 });
    expect(oakRow!.baselineOverdue).toBeCloseTo(19 / 31);
  });

  it('gives the median update lag by week of the change in need', () => {
    expect(trend.lagWeeks).toEqual([
      { week: '2026-01-05', medianDays: 10, reflected: 1 },
      { week: '2026-03-09', medianDays: 2, reflected: 1 },
    ]);
    expect(trend.baselineMedianLag).toBe(10);
  });

  it('has nothing to show, without failing, when no care plan has been read', () => {
    const empty = backlogTrend([], DEFAULT_TIMELINESS_RULES, { now: london('2026-03-31 18:00') });
    expect(empty.overdue).toEqual([0]);
    expect(empty.units).toEqual([]);
    expect(empty.baselineOverdue).toBeUndefined();
  });
});
