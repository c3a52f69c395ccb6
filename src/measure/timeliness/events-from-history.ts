import type { CarePlanSectionHistory } from '../../model/care-plan-section';
import type { TimelineEvent } from './timeline';

/** What one capture showed; a stored history row is one. */
export type CapturedState = Pick<CarePlanSectionHistory, 'seenAt' | 'lastUpdated' | 'reviewDue' | 'changeInNeed'>;

/**
 * Events a care plan's own dates reveal, read from successive distinct states of ONE section.
 *
 * - The first capture tells us the section was last updated on its `lastUpdated` date, and any
 *   change in need it shows: both dated by the page.
 * - A later `lastUpdated` or a new change-in-need date: dated by the page.
 * - A review-due date that moves later means a review happened, but the page does not say when:
 *   the event is bounded by the two captures (`after` < at ≤ seen) and nothing more is invented.
 *
 * Two captures with the same `seenAt` keep their input order, so the later write wins.
 */
export function eventsFromHistory(history: readonly CapturedState[]): TimelineEvent[] {
  const states = history
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.seenAt - b.row.seenAt || a.i - b.i)
    .map(({ row }) => row);
  const events: TimelineEvent[] = [];
  let prev: CapturedState | undefined;
  for (const state of states) {
    if (prev === undefined || state.lastUpdated !== prev.lastUpdated) {
      events.push({ type: 'update', at: state.lastUpdated });
    }
    if (state.changeInNeed !== undefined && state.changeInNeed !== prev?.changeInNeed) {
      events.push({ type: 'change-in-need', at: state.changeInNeed });
    }
    if (
      prev !== undefined &&
      state.reviewDue !== undefined &&
      prev.reviewDue !== undefined &&
      state.reviewDue > prev.reviewDue
    ) {
      events.push({ type: 'review', at: state.seenAt, after: prev.seenAt });
    }
    prev = state;
  }
  return events.sort((a, b) => a.at - b.at);
}
