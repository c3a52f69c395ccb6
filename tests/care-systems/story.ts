/**
 * The story the demo care system tells, in ONE place: every parameter a test, the demo or an
 * end-to-end check asserts against lives here, so changing the story never means hunting for
 * magic numbers in the generator.
 *
 * The story (DOMAIN.md): a provider rated down for weak records. A 13-week baseline with many vague,
 * copied-forward and late notes and a slow care-plan backlog; an intervention three weeks later;
 * then a gradual, uneven improvement. Cedar lags (slower and only part of the way), nights and
 * weekends lag, and Birch improves like the others but drifts back in the last 60 days.
 *
 * A "measure" below is a probability (or a mean) that moves from `baseline` to `target` over the
 * ramp after the intervention (linearly). The lagging unit ramps over `laggingRampWeeks` to
 * `laggingTarget`; the drifting unit follows the normal ramp, then moves linearly from `target`
 * (at driftStart) to `driftTarget` (at now).
 */
import { londonDayStart, londonAddDays, londonAddMonths, londonDayKey } from './london-time';

export interface Measure {
  readonly baseline: number;
  readonly target: number;
  readonly laggingTarget: number;
  readonly driftTarget: number;
}

export const STORY = {
  seed: 20261123,
  residentCount: 60,
  units: ['Oak', 'Ash', 'Birch', 'Cedar'],
  residentsPerUnit: 15,
  staffCount: 40,
  /** Per unit: 6 day staff and 4 night staff (10 x 4 units = staffCount). */
  staffPerUnit: { day: 6, night: 4 },
  /** Mean; each day has 6 care slots, with a small chance of a skipped or an extra note. */
  notesPerResidentPerDay: 6,
  /** The story covers 12 calendar months (London) before now. */
  monthsOfHistory: 12,
  /** Notes are only shown once the care is at least this old (and the note has been written). */
  minCareAgeMinutes: 30,
  baselineWeeks: 13,
  /** The intervention starts this many weeks after the end of the baseline. */
  interventionWeeksAfterBaseline: 3,
  rampWeeks: 10,
  laggingRampWeeks: 20,
  driftDays: 60,
  laggingUnit: 'Cedar',
  driftingUnit: 'Birch',

  /** Probability a note is vague (target = day/weekday notes; penalties below add on top). */
  vague: { baseline: 0.41, target: 0.1, laggingTarget: 0.25, driftTarget: 0.3 },
  /**
   * Added to the vague probability of night notes / weekend notes after the intervention. The
   * penalty grows with the normal ramp (0 at the intervention, full at its end): nights and
   * weekends improve less, rather than getting worse overnight. Applies to `vague` only.
   */
  nightPenalty: 0.08,
  weekendPenalty: 0.06,
  /** Probability a note is copied forward (text of the same care slot 1-7 days earlier). */
  copiedForward: { baseline: 0.2, target: 0.04, laggingTarget: 0.1, driftTarget: 0.12 },
  /** Probability a note is written late. */
  late: { baseline: 0.25, target: 0.06, laggingTarget: 0.14, driftTarget: 0.15 },
  /** Late notes are written 4-14 h after the care; the rest 5-45 min after. */
  lateWrittenHours: { min: 4, max: 14 },
  promptWrittenMinutes: { min: 5, max: 45 },
  /** About a fifth of specific notes start with a stock phrase and then give details. */
  nearMissProbability: 0.2,

  carePlan: {
    sections: [
      'Mobility',
      'Nutrition and hydration',
      'Skin integrity',
      'Communication',
      'Personal care',
      'Medication',
      'Continence',
      'Mental health and wellbeing',
    ],
    reviewIntervalDays: 28,
    /** Probability a review happens late (after its due date); on time means 0-3 days early. */
    reviewLate: { baseline: 0.6, target: 0.1, laggingTarget: 0.3, driftTarget: 0.3 },
    reviewLateDays: { min: 3, max: 25 },
    /** Mean days from a reported change in need to the section update (uniform 0.5x-1.5x, >= 1). */
    updateLagDays: { baseline: 9, target: 3, laggingTarget: 6, driftTarget: 5 },
    /** Mean days between changes in need in one section (a new one only once the last is reflected). */
    changeInNeedMeanIntervalDays: 75,
    /** A review also re-writes ("updates") the section this often. */
    reviewAlsoUpdatesProbability: 0.25,
  },

  /**
   * Shifts by local (London) clock time: day 08:00-19:59, night 20:00-07:59. Day type is the
   * London calendar day of the care time: Saturday and Sunday are the weekend.
   */
  shifts: {
    day: { start: '08:00', end: '19:59', startHour: 8, endHour: 20 },
    night: { start: '20:00', end: '07:59', startHour: 20, endHour: 8 },
  },
  weekendDays: ['Saturday', 'Sunday'],
  timeZone: 'Europe/London',
} as const;

export type Unit = (typeof STORY.units)[number];
export type SectionName = (typeof STORY.carePlan.sections)[number];

export interface StoryDates {
  /** Epoch ms. Every boundary except `now` is a London midnight; ends are exclusive. */
  now: number;
  start: number;
  baselineStart: number;
  baselineEnd: number;
  intervention: number;
  rampEnd: number;
  laggingRampEnd: number;
  driftStart: number;
  /** The same instants as ISO strings (UTC, e.g. "2025-11-27T00:00:00.000Z"). */
  iso: Record<StoryDateName, string>;
  /** The London calendar day each boundary falls on ("2025-11-27"). */
  days: Record<StoryDateName, string>;
}
export type StoryDateName = Exclude<keyof StoryDates, 'iso' | 'days'>;

/**
 * The story's dates for a given "now". Periods are half-open: the baseline is
 * [baselineStart, baselineEnd), the drift period [driftStart, now].
 */
export function storyDates(now: number): StoryDates {
  const today = londonDayStart(now);
  const start = londonAddMonths(today, -STORY.monthsOfHistory);
  const baselineEnd = londonAddDays(start, STORY.baselineWeeks * 7);
  const intervention = londonAddDays(baselineEnd, STORY.interventionWeeksAfterBaseline * 7);
  const rampEnd = londonAddDays(intervention, STORY.rampWeeks * 7);
  const laggingRampEnd = londonAddDays(intervention, STORY.laggingRampWeeks * 7);
  const driftStart = londonAddDays(today, -STORY.driftDays);
  const ms = {
    now,
    start,
    baselineStart: start,
    baselineEnd,
    intervention,
    rampEnd,
    laggingRampEnd,
    driftStart,
  };
  const names = Object.keys(ms) as StoryDateName[];
  const iso = Object.fromEntries(names.map((k) => [k, new Date(ms[k]).toISOString()]));
  const days = Object.fromEntries(names.map((k) => [k, londonDayKey(ms[k])]));
  return { ...ms, iso: iso as Record<StoryDateName, string>, days: days as Record<StoryDateName, string> };
}
