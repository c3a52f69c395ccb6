import { dayKeyOfNumber, dayNumberOfKey, endOfLondonDay, londonDayNumber, type DayNumber } from './days';
import { NO_UNIT } from './backlog';
import { daysOverdue, reviewDueAt } from './review-due';
import type { TimelinessRules } from './rules';
import type { SectionTimeline } from './timeline';

export interface BacklogCount {
  /** Sections overdue for review at the end of the day. */
  overdue: number;
  /** Sections known that day (the denominator of the overdue share). */
  tracked: number;
}

export interface DailyBacklogPoint extends BacklogCount {
  /** London calendar day, 'YYYY-MM-DD'. */
  day: string;
  /** Only when asked for `by: 'unit'`. */
  byUnit?: Record<string, BacklogCount>;
}

/**
 * The backlog over time, one point per London day from `fromDay` to `toDay` inclusive,
 * reconstructed from each section's events and captured states (so it can be drawn for days
 * before Record Lens was installed, when the care system shows its history).
 *
 * A section is counted on a day only when we know about it then: from its first known event (or
 * first capture) until the day before it was seen gone, and not more than `staleAfterDays` after
 * its last capture (after that we cannot tell). Each day is judged at its end, so a review done
 * that day clears it.
 */
export function dailyBacklog(
  timelines: readonly SectionTimeline[],
  rules: TimelinessRules,
  fromDay: string,
  toDay: string,
  by?: 'unit',
): DailyBacklogPoint[] {
  const from = dayNumberOfKey(fromDay);
  const to = dayNumberOfKey(toDay);
  const points: DailyBacklogPoint[] = [];
  // Each day's end is worked out once, not once per section (a year × hundreds of sections).
  const ends: number[] = [];
  for (let n = from; n <= to; n++) {
    ends.push(endOfLondonDay(n));
    points.push({ day: dayKeyOfNumber(n), overdue: 0, tracked: 0, ...(by === 'unit' ? { byUnit: {} } : {}) });
  }
  for (const tl of timelines) {
    const [first, last] = knownSpan(tl, rules);
    for (let n = Math.max(from, first); n <= Math.min(to, last); n++) {
      const point = points[n - from]!;
      const t = ends[n - from]!;
      const due = reviewDueAt(tl, rules, t);
      const isOverdue = due !== undefined && daysOverdue(due, t) > 0;
      point.tracked++;
      if (isOverdue) point.overdue++;
      if (point.byUnit) {
        const unit = (point.byUnit[tl.unit ?? NO_UNIT] ??= { overdue: 0, tracked: 0 });
        unit.tracked++;
        if (isOverdue) unit.overdue++;
      }
    }
  }
  return points;
}

/**
 * First and last day a section can be judged: [first review known or first capture, gone − 1 /
 * stale limit]. Before the first review a history shows, its due date is a guess from an old
 * update (a history table starting with "Updated 120 days ago" would count it overdue for months),
 * so the trend starts where the reviews do.
 */
export function knownSpan(tl: SectionTimeline, rules: TimelinessRules): [DayNumber, DayNumber] {
  const firstReview = tl.events.find((e) => e.type === 'review')?.at ?? Infinity;
  const firstAt = Math.min(tl.firstSeenAt, firstReview);
  const staleLimit = londonDayNumber(tl.lastSeenAt) + rules.staleAfterDays - 1;
  const goneLimit = tl.goneAt !== undefined ? londonDayNumber(tl.goneAt) - 1 : Infinity;
  return [londonDayNumber(firstAt), Math.min(staleLimit, goneLimit)];
}

/** The daily backlog by unit, from the first day any section can be judged to the day of `now`. */
export function dailyBacklogToDate(timelines: readonly SectionTimeline[], rules: TimelinessRules, now: number): DailyBacklogPoint[] {
  const today = londonDayNumber(now);
  const first = Math.min(...timelines.map((t) => knownSpan(t, rules)[0]));
  const from = Number.isFinite(first) ? Math.min(first, today) : today;
  return dailyBacklog(timelines, rules, dayKeyOfNumber(from), dayKeyOfNumber(today), 'unit');
}
