import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMELINESS_RULES } from './rules';
import { london } from './test-timelines';
import type { SectionTimeline, TimelineEvent } from './timeline';
import { median, shareWithinTarget, updateLags, weeklyMedianLag } from './update-lag';

const rules = DEFAULT_TIMELINESS_RULES;
const ev = (type: TimelineEvent['type'], at: string): TimelineEvent => ({ type, at: london(at) });
const timeline = (key: string, unit: string, events: TimelineEvent[], lastSeen = '2026-11-23 09:00'): SectionTimeline => ({
  sectionKey: key, residentKey: key.split('/')[0]!, residentName: 'x', unit, section: 'Mobility', url: 'u', events, states: [], firstSeenAt: events[0]!.at, lastSeenAt: london(lastSeen),
});

describe('updateLags', () => {
  const timelines = [
    timeline('R1/a', 'Oak', [ev('update', '2026-10-01 10:00'), ev('change-in-need', '2026-10-30 16:00'), ev('update', '2026-11-02 09:00'), ev('change-in-need', '2026-11-10 11:00')]),
    // Across the autumn clock change: 24 Oct to 3 Nov is 10 calendar days.
    timeline('R2/a', 'Cedar', [ev('change-in-need', '2026-10-24 23:30'), ev('review', '2026-10-26 10:00'), ev('update', '2026-11-03 08:00')]),
  ];
  const lags = updateLags(timelines, london('2026-11-23 15:00'));

  it('pairs each change in need with the first update after it, in London calendar days', () => {
    expect(lags.map((l) => [l.sectionKey, l.changeDay, l.week, l.days, l.open])).toEqual([
      ['R2/a', '2026-10-24', '2026-10-19', 10, false],
      ['R1/a', '2026-10-30', '2026-10-26', 3, false],
      ['R1/a', '2026-11-10', '2026-11-09', 13, true],
    ]);
  });

  it('counts a date-only update on the day of the change as reflecting it, but not an earlier timed one', () => {
    const dateOnly = updateLags([timeline('R4/a', 'Oak', [ev('update', '2026-11-05 00:00'), ev('change-in-need', '2026-11-05 11:00')])]);
    expect(dateOnly.map((l) => [l.days, l.open])).toEqual([[0, false]]);
    const before = updateLags([timeline('R4/a', 'Oak', [ev('update', '2026-11-05 09:00'), ev('change-in-need', '2026-11-05 11:00'), ev('update', '2026-11-08 10:00')])]);
    expect(before.map((l) => [l.days, l.open])).toEqual([[3, false]]);
  });

  it('ages an open change to the last capture when no "as of" is given', () => {
    expect(updateLags(timelines).find((l) => l.open)?.days).toBe(13);
    expect(updateLags([timeline('R3/a', 'Oak', [ev('change-in-need', '2026-11-10 11:00')], '2026-11-15 09:00')])[0]?.days).toBe(5);
  });

  it('shares within target: an open change past the target counts against, a young one is not judged', () => {
    expect(shareWithinTarget(lags, rules)).toBeCloseTo(1 / 3);
    const young = updateLags(timelines, london('2026-11-12 15:00'));
    expect(shareWithinTarget(young, rules)).toBeCloseTo(1 / 2);
  });

  it('gives a median per week of the change, and per unit when asked', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(weeklyMedianLag(lags, { rules }).map((p) => [p.week, p.medianDays, p.reflected, p.open])).toEqual([
      ['2026-10-19', 10, 1, 0],
      ['2026-10-26', 3, 1, 0],
      ['2026-11-09', NaN, 0, 1],
    ]);
    expect(weeklyMedianLag(lags, { by: 'unit' }).map((p) => `${p.week} ${p.unit}`)).toEqual(['2026-10-19 Cedar', '2026-10-26 Oak', '2026-11-09 Oak']);
  });
});
