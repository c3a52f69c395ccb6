import type { CarePlanEventType } from '../../model/care-plan-event';

/**
 * One thing that happened to a section. `at` is when it happened if the page dated it; for a
 * review only noticed because the review-due date moved between two captures, `at` is the capture
 * that first showed it and `after` the capture before (it happened in between; we never guess when).
 */
export interface TimelineEvent {
  type: CarePlanEventType;
  at: number;
  after?: number;
}

/** The dates a capture showed for a section. */
export interface SectionDates {
  lastUpdated: number;
  reviewDue?: number;
  changeInNeed?: number;
}

/** One distinct state of a section, from the capture that first showed it. */
export interface SectionState extends SectionDates {
  seenAt: number;
}

/**
 * Everything the timeliness measures need about one care-plan section, with no storage or browser
 * types in it: the store builds these, the measures only read them.
 */
export interface SectionTimeline {
  sectionKey: string;
  residentKey: string;
  residentName: string;
  unit?: string;
  section: string;
  /** Where to open the care plan, so every figure can be checked in the care system. */
  url: string;
  /** Oldest first; page history and snapshots merged, one event per type per London day. */
  events: TimelineEvent[];
  /** The latest state captured (of two captures on one day, the later). */
  current?: SectionDates;
  /** Every distinct state captured, oldest first: what the page said at any past instant. */
  states: SectionState[];
  firstSeenAt: number;
  lastSeenAt: number;
  /**
   * A later capture of the resident's care plan no longer showed this section (removed from the
   * plan, or the resident left). From then on it is in no backlog.
   */
  goneAt?: number;
}
