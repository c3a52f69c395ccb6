import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import type { SampleJudgement } from '../model/sample';
import { coachingInputs, ensureStaffRollups, followUpNotes, listCoaching, recordCoaching, removeCoaching, saveFollowUpCheck, STAFF_ROLLUPS_BUILT } from './coaching';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { purge } from './purge';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`coaching-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const day = (d: string, hour = 10) => Date.parse(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);
const batch = (notes: { id: string; d: string }[]): CaptureBatch => ({
  url: 'http://127.0.0.1/h', capturedAt: day('2026-03-01'), recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: notes.length },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: '',
  notes: notes.map(({ id, d }) => ({
    sourceId: id, residentName: 'Ada Lovelace', residentId: 'R1', authorName: 'Amy Shaw', authorRole: 'Carer',
    careAt: day(d), careAtPrecision: 'minute' as const, unit: 'Oak', text: 'Ada was fine.',
  })),
});
const session = { day: '2026-02-02', coached: { kind: 'author', authorName: 'Amy Shaw' }, focus: ['vague'] };
const check = (noteKey: string, agree: boolean): SampleJudgement => ({
  noteKey, careAt: day('2026-02-03'), rulesVersion: 1, engineFlags: ['vague'], verdicts: { vague: agree ? 'agree' : 'disagree' }, added: [], judgedAt: 1,
});

describe('coaching sessions in the store', () => {
  it('records a session with a follow-up of 10, and says in words what the form lacks', async () => {
    const saved = await recordCoaching(db, session, 5);
    expect(saved).toMatchObject({ id: expect.any(Number), followUpSize: 10, checks: [], recordedAt: 5 });
    await expect(recordCoaching(db, { ...session, focus: [] }, 5)).rejects.toThrow('Choose at least one thing the coaching was about.');
    await expect(recordCoaching(db, { ...session, day: '2 Feb' }, 5)).rejects.toThrow('a date like 2026-03-02');
    expect(await listCoaching(db)).toHaveLength(1);
    await removeCoaching(db, saved.id!);
    expect(await listCoaching(db)).toEqual([]);
  });

  it('keeps one check per note: checking again replaces it', async () => {
    const { id } = await recordCoaching(db, session, 5);
    await saveFollowUpCheck(db, id!, check('k1', true));
    const after = await saveFollowUpCheck(db, id!, check('k1', false));
    expect(after.checks).toHaveLength(1);
    expect(after.checks[0]!.verdicts.vague).toBe('disagree');
    await expect(saveFollowUpCheck(db, id!, { ...check('k2', true), verdicts: {} })).rejects.toThrow('Say whether you agree with the flag "vague".');
    await expect(saveFollowUpCheck(db, 999, check('k3', true))).rejects.toThrow('This coaching session no longer exists.');
  });

  it('reads only the staff counts from 8 weeks before the earliest session to today, and the announced audit periods', async () => {
    await ingestCapture(db, batch([{ id: 'old', d: '2025-11-01' }, { id: 'a', d: '2025-12-08' }, { id: 'b', d: '2026-02-10' }, { id: 'late', d: '2026-04-01' }]));
    await ensureStaffRollups(db);
    const inputs = await coachingInputs(db, [{ day: '2026-02-02' }], '2026-03-01');
    expect(inputs.ready).toBe(true);
    expect(inputs.facts.map((f) => [f.day, f.author, f.notes])).toEqual([['2025-12-08', 'Amy Shaw', 1], ['2026-02-10', 'Amy Shaw', 1]]);
    expect(inputs.announced).toEqual([]);
    expect((await coachingInputs(db, [], '2026-03-01')).facts).toEqual([]);
  });

  it('counts notes stored before the staff counts existed once, and says it is not ready until then', async () => {
    await ingestCapture(db, batch([{ id: 'a', d: '2026-01-20' }, { id: 'b', d: '2026-02-10' }]));
    // As a store made before this version: notes, and no staff counts.
    await db.staffRollups.clear();
    await db.settings.delete(STAFF_ROLLUPS_BUILT);
    expect(await coachingInputs(db, [{ day: '2026-02-02' }], '2026-03-01')).toMatchObject({ ready: false, facts: [] });
    await ensureStaffRollups(db);
    const inputs = await coachingInputs(db, [{ day: '2026-02-02' }], '2026-03-01');
    expect(inputs.ready).toBe(true);
    expect(inputs.facts.map((f) => f.day)).toEqual(['2026-01-20', '2026-02-10']);
    // Built once: a second call finds the flag and changes nothing.
    await ensureStaffRollups(db);
    expect(await db.staffRollups.count()).toBe(2);
  });

  it('queues the first notes the coached staff wrote after the session, reading only the days they wrote on', async () => {
    const days = ['2026-01-30', '2026-02-02', '2026-02-03', '2026-02-03', '2026-02-05', '2026-02-09', '2026-02-10'];
    await ingestCapture(db, batch(days.map((d, i) => ({ id: `n${i}`, d }))));
    await ensureStaffRollups(db);
    const inputs = await coachingInputs(db, [{ day: '2026-02-02' }], '2026-03-01');
    const queued = await followUpNotes(db, { day: '2026-02-02', coached: { kind: 'author', authorName: 'amy shaw' }, followUpSize: 3 }, inputs);
    // Not the session's own day; oldest first; three of them.
    expect(queued.map((q) => q.sourceId)).toEqual(['n2', 'n3', 'n4']);
    const nobody = await followUpNotes(db, { day: '2026-02-02', coached: { kind: 'author', authorName: 'Ben Ode' }, followUpSize: 3 }, inputs);
    expect(nobody).toEqual([]);
  });

  it('a purge of a resident takes their notes out of the checks, and deleting everything deletes the sessions', async () => {
    await ingestCapture(db, batch([{ id: 'a', d: '2026-02-03' }]));
    const [key] = await db.notes.toCollection().primaryKeys();
    const { id } = await recordCoaching(db, session, 5);
    await saveFollowUpCheck(db, id!, check(String(key), true));
    await saveFollowUpCheck(db, id!, check('other-system|id:R9|id:Z', true));
    const residentKey = (await db.notes.toArray())[0]!.residentKey;
    await purge(db, { kind: 'resident', residentKey });
    expect((await db.coachingEvents.get(id!))!.checks.map((c) => c.noteKey)).toEqual(['other-system|id:R9|id:Z']);
    await purge(db, { kind: 'everything' });
    expect(await db.coachingEvents.count()).toBe(0);
  });
});
