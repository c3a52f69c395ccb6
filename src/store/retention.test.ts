import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { londonMidnight } from '../extract/dates/london-time';
import { RecordLensDb } from './db';
import { rollupsAndRebuild, seedEveryTable } from './purge-fixture';
import { applyRetention, firstKeptDay } from './retention';
import { readSettings, writeSettings } from './settings';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`retention-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the first kept day', () => {
  it.each([
    ['2026-11-23T10:00:00Z', 24, '2024-11-23'],
    ['2026-05-31T10:00:00Z', 3, '2026-02-28'],
    ['2028-05-31T10:00:00Z', 3, '2028-02-29'],
    ['2026-01-15T10:00:00Z', 1, '2025-12-15'],
    // 23:30 UTC on 31 March is already 1 April in London (BST): London's calendar decides.
    ['2026-03-31T23:30:00Z', 12, '2025-04-01'],
  ])('at %s keeping %i months, keeps from %s', (now, months, day) => {
    expect(firstKeptDay(Date.parse(now), months)).toBe(day);
  });
});

describe('retention', () => {
  // Ten days of care from 2 March 2026; the seed sets the period to 18 months.
  const T0 = Date.parse('2026-03-02T09:00:00Z');

  it('deletes records older than the period, keeps the rest exact, and runs at most once a day', async () => {
    await seedEveryTable(db, T0);
    const cutoff = londonMidnight({ year: 2026, month: 3, day: 6 });
    const young = await db.notes.where('careAt').aboveOrEqual(cutoff).count();
    // 18 months after 6 March (London): the first 4 days of care (2–5 March) are now too old.
    const now = Date.parse('2027-09-06T08:00:00Z');
    const run = await applyRetention(db, now);
    expect(run).toMatchObject({ ran: true, before: '2026-03-06' });
    expect(await db.notes.where('careAt').below(cutoff).count()).toBe(0);
    expect(await db.notes.count()).toBe(young);
    expect(await db.carePlanEvents.where('at').below(cutoff).count()).toBe(0);
    expect(await db.careSystemAudits.where('at').below(cutoff).count()).toBe(0);
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    expect((await readSettings(db)).retentionRanAt).toBe(now);

    // Within a day it does not run again, even though more has aged.
    expect(await applyRetention(db, now + 23 * HOUR)).toEqual({ ran: false });
    expect(await db.notes.count()).toBe(young);
    // Two days later it does: two more days of care (4 notes a day each for 3 residents) go.
    const later = await applyRetention(db, now + 2 * DAY);
    expect(later.ran && later.counts.deleted.notes).toBe(2 * 4 * 3);
  });

  it('deletes care-plan sections not read since, captures, samples and audit cycles of the period', async () => {
    await seedEveryTable(db, T0);
    // Two years later with the default period: everything seeded is older than 24 months.
    await writeSettings(db, { retentionMonths: 24 });
    const run = await applyRetention(db, Date.parse('2028-04-01T12:00:00Z'));
    expect(run.ran).toBe(true);
    for (const t of ['notes', 'sections', 'sectionHistory', 'carePlanEvents', 'careSystemAudits', 'snapshots', 'dailyRollups', 'samples', 'auditCycles', 'historyJobs']) {
      expect(await db.table(t).count(), t).toBe(0);
    }
  });

  it('runs again when the clock was put back, and keeps everything young enough', async () => {
    await seedEveryTable(db, T0);
    const notes = await db.notes.count();
    await writeSettings(db, { retentionRanAt: Date.parse('2026-06-01T00:00:00Z') });
    const run = await applyRetention(db, Date.parse('2026-04-01T00:00:00Z'));
    expect(run.ran && Object.values(run.counts.deleted).every((c) => c === 0)).toBe(true);
    expect(await db.notes.count()).toBe(notes);
  });
});
