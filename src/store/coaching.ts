import { BEFORE_DAYS, type AnnouncedPeriod } from '../coaching/coaching-effect';
import { isCoachedStaff } from '../coaching/coached-notes';
import { followUpQueue } from '../coaching/follow-up';
import { homeOfSystem, type ShiftBoundaries } from '../measure/segments';
import { addDaysToKey, londonDaySpan } from '../measure/timeliness/days';
import { CoachingEventSchema, type CoachingEvent } from '../model/coaching';
import type { Note } from '../model/note';
import { SampleJudgementSchema, type SampleJudgement } from '../model/sample';
import type { StaffFact } from '../model/staff-rollup';
import type { RecordLensDb } from './db';
import { readSettings } from './settings';
import { RollupDelta } from './note-rollup';
import { factsOf, STAFF_ROLLUPS_BUILT, writeStaffRows } from './staff-rollup';

export { STAFF_ROLLUPS_BUILT };

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
  /**
   * This home's notes counted by day and member of staff, from 8 weeks before the earliest
   * session to today (the sessions pick their own); empty while the counts are first built.
   */
  facts: StaffFact[];
  /** False until the staff counts of notes stored before coaching existed are built (ensureStaffRollups). */
  ready: boolean;
  announced: AnnouncedPeriod[];
  shifts: ShiftBoundaries;
}

/**
 * What judging the sessions needs, read in one transaction: the staff counts of the days they
 * cover (small rows, never the notes themselves), the announced audit periods, and the home's
 * shift hours.
 */
export async function coachingInputs(db: RecordLensDb, events: readonly Pick<CoachingEvent, 'day'>[], today: string): Promise<CoachingInputs> {
  return db.transaction('r', db.staffRollups, db.auditCycles, db.settings, async () => {
    const shifts = (await readSettings(db)).shifts;
    const announced = (await db.auditCycles.toArray()).filter((c) => c.scheduled).map(({ periodStart, periodEnd }) => ({ periodStart, periodEnd }));
    const ready = !!(await db.settings.get(STAFF_ROLLUPS_BUILT));
    if (!events.length || !ready) return { facts: [], ready, announced, shifts };
    const earliest = events.reduce((d, e) => (e.day < d ? e.day : d), events[0]!.day);
    const rows = await db.staffRollups.where('day').between(addDaysToKey(earliest, -BEFORE_DAYS), today, true, true).toArray();
    // Sessions coach this home's staff: notes imported from other homes are theirs to follow up.
    const facts = factsOf(rows.filter((r) => !homeOfSystem(r.system)));
    return { facts, ready, announced, shifts };
  });
}

/**
 * The notes queued for a session's follow-up check, oldest first. The staff counts say on which
 * days the coached staff wrote after the session, so only those days' notes are read, and only
 * as many days as it takes to find `followUpSize` of them.
 */
export async function followUpNotes(db: RecordLensDb, event: Pick<CoachingEvent, 'day' | 'coached' | 'followUpSize'>, inputs: Pick<CoachingInputs, 'facts' | 'shifts'>): Promise<Note[]> {
  const perDay = new Map<string, number>();
  for (const f of inputs.facts) if (f.day > event.day && isCoachedStaff(event.coached, f)) perDay.set(f.day, (perDay.get(f.day) ?? 0) + f.notes);
  const days: string[] = [];
  let found = 0;
  for (const day of [...perDay.keys()].sort()) {
    if (found >= event.followUpSize) break;
    days.push(day);
    found += perDay.get(day)!;
  }
  if (!days.length) return [];
  const notes = await db.transaction('r', db.notes, async () => {
    const read = await Promise.all(days.map((d) => db.notes.where('careAt').between(...londonDaySpan(d, d), true, false).toArray()));
    return read.flat().filter((n) => !homeOfSystem(n.provenance.system));
  });
  const queue = followUpQueue(event, notes, inputs.shifts);
  const byKey = new Map(notes.map((n) => [n.key, n]));
  return queue.map((k) => byKey.get(k)!);
}

/**
 * Builds the staff counts from every stored note, once: notes stored before coaching existed
 * (or before this version) are counted; after that every write keeps them (RollupDelta). Runs
 * where the lock's key is at hand (the side panel, the evidence pack), since the authors are read
 * through the lock and written back under it.
 */
export async function ensureStaffRollups(db: RecordLensDb): Promise<void> {
  if (await db.settings.get(STAFF_ROLLUPS_BUILT)) return;
  await db.transaction('rw', db.notes, db.staffRollups, db.settings, async () => {
    if (await db.settings.get(STAFF_ROLLUPS_BUILT)) return;
    const delta = new RollupDelta((await readSettings(db)).shifts);
    await db.notes.each((n) => delta.add(n, 1));
    await db.staffRollups.clear();
    await writeStaffRows(db, delta.staff);
    await db.settings.put({ key: STAFF_ROLLUPS_BUILT, value: true });
  });
}
