import { addDaysToKey } from '../measure/timeliness/days';
import { mondayOf, type WeeklyPoint } from '../measure/weekly-rate';
import type { CoachingEvent } from '../model/coaching';
import type { StaffFact } from '../model/staff-rollup';
import { isCoachedStaff } from './coached-notes';
import { compareRates, windowOf, type Comparison, type RateWindow } from './proportions';

/** The "before" a session is compared with: the coached staff's notes in the 8 weeks up to it. */
export const BEFORE_DAYS = 56;
/** "Still better lately": the last 4 weeks after the session against the before. */
export const LATEST_DAYS = 28;

/** The counts a session is judged from: the notes of its staff, by day, with their flags. */
export type CoachedFacts = readonly Pick<StaffFact, 'day' | 'author' | 'role' | 'unit' | 'shift' | 'flags' | 'notes'>[];

/** A period in which staff knew they were being audited (an announced, scheduled audit cycle). */
export interface AnnouncedPeriod {
  periodStart: string;
  periodEnd: string;
}

export interface CoachingEffect {
  /** Weekly share of the coached staff's notes with a focus rule flagged, from 8 weeks before to today. */
  weekly: WeeklyPoint[];
  /** Monday of the session's week, where the chart marks it. */
  eventWeek: string;
  before: RateWindow;
  after: RateWindow;
  /** After against before. */
  change: Comparison;
  latest: RateWindow;
  /** The last 4 weeks against before: did it stay better? */
  lasting: Comparison;
  /** After the session, notes written in announced audit periods and the rest. */
  inAudit: RateWindow;
  outsideAudit: RateWindow;
  /** Notes outside audits against notes during them: 'higher' means the standard slips when nobody is watching. */
  unprompted: Comparison | 'no-audit';
}

const flaggedFor = (focus: readonly string[]) => (flags: readonly string[]) => flags.some((rule) => focus.includes(rule));

/**
 * Before, after and holding for one coaching session, from the engine's flags on the coached
 * staff's notes (the same scoring as every chart, so the figures agree with the spread table),
 * counted by day and member of staff as the store keeps them (staff-rollup.ts).
 */
export function coachingEffect(
  event: Pick<CoachingEvent, 'day' | 'coached' | 'focus'>,
  facts: CoachedFacts,
  today: string,
  announced: readonly AnnouncedPeriod[],
): CoachingEffect {
  const firstDay = addDaysToKey(event.day, -BEFORE_DAYS);
  const latestFrom = addDaysToKey(today, -LATEST_DAYS + 1);
  const flaggedOf = flaggedFor(event.focus);
  const count = () => ({ notes: 0, flagged: 0 });
  const [before, after, latest, inAudit, outside] = [count(), count(), count(), count(), count()];
  const weeks = new Map<string, { notes: number; flagged: number }>();
  const audited = (day: string) => announced.some((p) => p.periodStart <= day && day <= p.periodEnd);
  for (const f of facts) {
    const { day } = f;
    if (day < firstDay || day > today || !isCoachedStaff(event.coached, f)) continue;
    const flagged = flaggedOf(f.flags) ? f.notes : 0;
    const add = (w: { notes: number; flagged: number }) => void ((w.notes += f.notes), (w.flagged += flagged));
    const week = weeks.get(mondayOf(day)) ?? count();
    add(week);
    weeks.set(mondayOf(day), week);
    if (day < event.day) add(before);
    if (day > event.day) {
      add(after);
      if (day >= latestFrom) add(latest);
      add(audited(day) ? inAudit : outside);
    }
  }
  const w = (c: { notes: number; flagged: number }) => windowOf(c.notes, c.flagged);
  return {
    weekly: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, c]) => ({ week, ...c, rate: c.flagged / c.notes })),
    eventWeek: mondayOf(event.day),
    before: w(before),
    after: w(after),
    change: compareRates(w(before), w(after)),
    latest: w(latest),
    lasting: compareRates(w(before), w(latest)),
    inAudit: w(inAudit),
    outsideAudit: w(outside),
    unprompted: inAudit.notes === 0 ? 'no-audit' : compareRates(w(inAudit), w(outside)),
  };
}
