import { londonWallClock } from '../extract/dates/london-time';
import type { RecordLensDb } from './db';
import { purge, type PurgeCounts } from './purge';
import { PURGE_TABLES } from './purge-plan';
import { readSettings, writeSettings } from './settings';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first London day that is kept: the same calendar date `months` months before today (the
 * last day of that month when it is shorter: 31 May less 3 months is 28 or 29 February).
 * Everything dated before that day's London midnight is older than the retention period.
 */
export function firstKeptDay(now: number, months: number): string {
  const { year, month, day } = londonWallClock(now);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(Math.min(day, last))}`;
}

const dayBefore = (day: string) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Not run yet, or more than a day ago; a clock put back runs it again rather than waiting for a day that may never come. */
function due(ranAt: number | undefined, now: number): boolean {
  if (ranAt === undefined) return true;
  const since = now - ranAt;
  return since < 0 || since >= DAY_MS;
}

export type RetentionRun = { ran: false } | { ran: true; before: string; counts: PurgeCounts };

/**
 * Deletes every record older than the retention period (settings.retentionMonths, 24 by
 * default): special-category data is kept no longer than it is needed (UK GDPR art. 5(1)(e)).
 * Runs at most once a day — it is called on every capture — and records when it ran. Each
 * record is judged by its own date, exactly as a purge of the span "from the first record to the
 * day before the first kept day" does (purge-plan.ts says which date that is for each table).
 */
export async function applyRetention(db: RecordLensDb, now: number): Promise<RetentionRun> {
  // Most calls come within the day: answered from one read, without locking every table.
  if (!due((await readSettings(db)).retentionRanAt, now)) return { ran: false };
  // One transaction, so two captures arriving together cannot both run it.
  return db.transaction('rw', PURGE_TABLES.map((t) => db.table(t)), async () => {
    const settings = await readSettings(db);
    if (!due(settings.retentionRanAt, now)) return { ran: false as const };
    const before = firstKeptDay(now, settings.retentionMonths);
    const result = await purge(db, { kind: 'range', to: dayBefore(before) });
    if (!result.ok) throw new Error(`Retention range refused: ${result.problems.join(' ')}`);
    await writeSettings(db, { retentionRanAt: now });
    return { ran: true as const, before, counts: result.counts };
  });
}

/**
 * For the background: retention must never stop a capture from being stored or answered, so a
 * failure is logged and left for the next run (the next capture or start-up).
 */
export async function retainQuietly(db: RecordLensDb, now = Date.now()): Promise<void> {
  try {
    await applyRetention(db, now);
  } catch (e) {
    console.error('Record Lens: deleting records older than the retention period failed; it will be tried again.', e);
  }
}
