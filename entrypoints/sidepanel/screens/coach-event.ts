import type { CoachingDraft } from './CoachingForm';

/** The panel-wide event that opens the coaching form filled in for a note's author and flags. */
export const COACH_EVENT = 'record-lens:coach';

export function coachTheAuthor(draft: CoachingDraft): void {
  dispatchEvent(new CustomEvent<CoachingDraft>(COACH_EVENT, { detail: draft }));
}
