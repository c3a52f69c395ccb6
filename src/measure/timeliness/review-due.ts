import { dayKeyOfNumber, londonDayNumber, type DayNumber } from './days';
import { reviewIntervalFor, type TimelinessRules } from './rules';
import type { SectionTimeline } from './timeline';

/** When a section's review falls due, and why we think so (shown to the manager as the reason). */
export interface ReviewDue {
  /** The London calendar day the review is due; overdue from the next day. */
  dueDay: DayNumber;
  basis: 'page' | 'last-review' | 'last-update';
}

/**
 * The review due date as known at instant `t`, in order of trust:
 * 1. the review-due date the page showed at the latest capture at or before `t`, unless a review
 *    known from the page history happened after that capture (the page would have moved it);
 * 2. the last review at or before `t` plus the section type's interval;
 * 3. the last update at or before `t` plus the interval (a section never reviewed is due a month
 *    after it was written).
 * Undefined when nothing about the section was known by `t`.
 */
export function reviewDueAt(timeline: SectionTimeline, rules: TimelinessRules, t: number): ReviewDue | undefined {
  const lastReview = timeline.events.findLast((e) => e.type === 'review' && e.at <= t);
  const state = timeline.states.findLast((s) => s.seenAt <= t);
  if (state?.reviewDue !== undefined && (lastReview === undefined || lastReview.at <= state.seenAt)) {
    return { dueDay: londonDayNumber(state.reviewDue), basis: 'page' };
  }
  const interval = reviewIntervalFor(rules, timeline.section);
  if (lastReview !== undefined) return { dueDay: londonDayNumber(lastReview.at) + interval, basis: 'last-review' };
  const lastUpdate = timeline.events.findLast((e) => e.type === 'update' && e.at <= t)?.at ?? (state ? state.lastUpdated : undefined);
  if (lastUpdate !== undefined) return { dueDay: londonDayNumber(lastUpdate) + interval, basis: 'last-update' };
  return undefined;
}

/**
 * Whole London days a review is overdue at `t`: 0 on or before the due day, 1 on the day after
 * (due 31 January → 1 day overdue on 1 February), whatever the hour or the clock change.
 */
export function daysOverdue(due: ReviewDue, t: number): number {
  return Math.max(0, londonDayNumber(t) - due.dueDay);
}

/** The due day as 'YYYY-MM-DD', for display and export. */
export const dueDayKey = (due: ReviewDue): string => dayKeyOfNumber(due.dueDay);
