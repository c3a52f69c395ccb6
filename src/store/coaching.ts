import { BEFORE_DAYS, type AnnouncedPeriod } from '../coaching/coaching-effect';
import { homeOfSystem, type ShiftBoundaries } from '../measure/segments';
import { addDaysToKey, londonDaySpan } from '../measure/timeliness/days';
import { CoachingEventSchema, type CoachingEvent } from '../model/coaching';
import type { Note } from '../model/note';
import { SampleJudgementSchema, type SampleJudgement } from '../model/sample';
import type { RecordLensDb } from './db';
import { readSettings } from './settings';

export class CoachingError extends Error {
  override name = 'CoachingError';
}

const firstIssue = (e: { issues: { message: string }[] }) => e.issues[0]?.message ?? 'This coaching session is incomplete.';

/** Records a coaching or supervision session; what the form lacks comes back as one sentence. */
export async function recordCoaching(db: RecordLensDb, input: Record<string, unknown>, now: number): Promise<CoachingEvent> {
  const parsed = CoachingEventSchema.safeParse({ ...input, checks: [], recordedAt: now });
  if (!parsed.success) throw new CoachingError(firstIssue(parsed.error));
  const event = parsed.data;
  event.id = await db.coachingEvents.add(event);
  return event;
}

export async function removeCoaching(db: RecordLensDb, id: number): Promise<void> {
  await db.coachingEvents.delete(id);
}

/** Newest session first. */
export async function listCoaching(db: RecordLensDb): Promise<CoachingEvent[]> {
  return (await db.coachingEvents.toArray()).sort((a, b) => b.day.localeCompare(a.day) || (b.id ?? 0) - (a.id ?? 0));
}

/** Saves (or replaces) the follow-up check of one note, in the same form as a deputy's judgement. */
export async function saveFollowUpCheck(db: RecordLensDb, id: number, check: SampleJudgement): Promise<CoachingEvent> {
  const parsed = SampleJudgementSchema.safeParse(check);
  if (!parsed.success) throw new CoachingError(firstIssue(parsed.error));
  return db.transaction('rw', db.coachingEvents, async () => {
    const event = await db.coachingEvents.get(id);
    if (!event) throw new CoachingError('This coaching session no longer exists.');
    const checks = [...event.checks.filter((c) => c.noteKey !== parsed.data.noteKey), parsed.data];
    const next = { ...event, checks };
    await db.coachingEvents.put(next);
    return next;
  });
}

export interface CoachingInputs {
  /** Every note from 8 weeks before the earliest session to today (the sessions pick their own). */
  notes: Note[];
  announced: AnnouncedPeriod[];
  shifts: ShiftBoundaries;
}

/**
 * What judging the sessions needs, read in one transaction: this home's notes of the span they cover (by
 * the care-time index, so a year of other notes is not read), the announced audit periods, and
 * the home's shift hours.
 */
export async function coachingInputs(db: RecordLensDb, events: readonly Pick<CoachingEvent, 'day'>[], today: string): Promise<CoachingInputs> {
  return db.transaction('r', db.notes, db.auditCycles, db.settings, async () => {
    const shifts = (await readSettings(db)).shifts;
    const announced = (await db.auditCycles.toArray()).filter((c) => c.scheduled).map(({ periodStart, periodEnd }) => ({ periodStart, periodEnd }));
    if (!events.length) return { notes: [], announced, shifts };
    const earliest = events.reduce((d, e) => (e.day < d ? e.day : d), events[0]!.day);
    const [from, to] = londonDaySpan(addDaysToKey(earliest, -BEFORE_DAYS), today);
    // Sessions coach this home's staff: notes imported from other homes are theirs to follow up.
    const notes = await db.notes.where('careAt').between(from, to, true, false).filter((n) => !homeOfSystem(n.provenance.system)).toArray();
    return { notes, announced, shifts };
  });
}
