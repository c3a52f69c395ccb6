import { DAILY_NOTES_AUDIT } from '../audit/builtin-templates';
import { londonDayKey } from '../extract/dates/london-time';
import type { CaptureBatch } from '../messaging/protocol';
import type { ExtractedNote } from '../model/note';
import type { SampleJudgement } from '../model/sample';
import { beginCycle, saveAuditAnswers } from './audits';
import type { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { idsOnly, noteKey } from './keys';
import type { StaffDay } from '../model/staff-rollup';
import { RollupDelta } from './note-rollup';
import { finishSample, saveJudgement, startSample } from './samples';
import { readSettings, writeSettings } from './settings';

/**
 * Test fixture for purge and retention (not shipped: nothing outside tests imports it). Fills
 * every table the way the extension does — through the real ingest, a deputy's samples and an
 * audit cycle — with two residents of one care system and one of another.
 */

const DAY = 86_400_000;
export const ADA = { residentName: 'Ada Lovelace', residentId: 'RX17' };
export const GRACE = { residentName: 'Grace Hopper', residentId: 'RG22' };
/** Keyed by name: the Willow demo shows no resident ids. */
export const MARY = { residentName: 'Mary Seacole' };
export const ADA_KEY = 'harbour-demo|id:RX17';
const H = 'http://127.0.0.1:9/harbour';

const base = (over: Partial<CaptureBatch>): CaptureBatch => ({
  url: `${H}/residents`, capturedAt: 0, recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: {},
  notes: [], sections: [], problems: [], fieldHits: {}, part: 0, visit: '', ...over,
});

/** Ten days of notes for one resident from `t0`, four a day on day and night shifts. */
function notesOf(who: { residentName: string; residentId?: string }, t0: number, tag: string): ExtractedNote[] {
  return Array.from({ length: 40 }, (_, i) => ({
    ...who,
    sourceId: who.residentId ? `${tag}${i}` : undefined,
    authorName: i % 3 ? 'Jo Carer' : 'Sam Senior',
    authorRole: i % 3 ? 'Carer' : 'Senior carer',
    careAt: t0 + Math.floor(i / 4) * DAY + (i % 4) * 5 * 3_600_000,
    careAtPrecision: 'minute' as const,
    unit: i % 2 ? 'Oak' : 'Cedar',
    text: i % 5 ? `${who.residentName.split(' ')[0]} chose tea at breakfast and said she slept well; walked to the garden with support.` : 'All fine.',
  }));
}

export interface Seeded {
  t0: number;
  adaNoteKeys: string[];
}

/** `t0` is the first day of care; captures happen on the eleventh day. */
export async function seedEveryTable(db: RecordLensDb, t0: number): Promise<Seeded> {
  const at = t0 + 11 * DAY;
  const ada = notesOf(ADA, t0, 'A');
  const grace = notesOf(GRACE, t0, 'G');
  const must = async (b: CaptureBatch) => {
    const r = await ingestCapture(db, b);
    if (r.degraded) throw new Error(`seed capture degraded: ${r.degraded}`);
  };
  // Each resident's own notes page: the URL names them, and Ada's page kept one record aside.
  await must(base({ url: `${H}/residents/RX17/notes`, capturedAt: at, matched: { note: 41 }, notes: ada,
    problems: [{ recordType: 'note', index: 40, field: 'careAt', reason: 'No time of care.', excerpt: 'Ada Lovelace refused lunch' }] }));
  await must(base({ url: `${H}/residents/RG22/notes`, capturedAt: at + 1000, matched: { note: 40 }, notes: grace }));
  // A unit's shared page: both residents, one unreadable record of each.
  await must(base({ url: `${H}/units/oak`, pageId: 'unit-feed', capturedAt: at + 2000, matched: { note: 4 },
    notes: [...ada.slice(0, 1), ...grace.slice(0, 1)],
    problems: [
      { recordType: 'note', index: 2, reason: 'No resident.', excerpt: 'RX17 fell at 3am' },
      { recordType: 'note', index: 3, reason: 'No resident.', excerpt: 'Grace asked for her glasses' },
    ] }));
  // Care plans: sections, then the same sections updated (history rows), and history-table events.
  for (const [who, id] of [[ADA, 'RX17'], [GRACE, 'RG22']] as const) {
    const sections = (updated: number) => ['Mobility', 'Nutrition'].map((section) => ({ ...who, section, unit: 'Oak', lastUpdated: updated, reviewDue: updated + 30 * DAY }));
    const events = ['Mobility', 'Nutrition'].map((section, i) => ({ ...who, unit: 'Oak', section, type: 'update' as const, at: t0 + (2 + i) * DAY }));
    await must(base({ url: `${H}/residents/${id}/care-plan`, pageId: 'care-plan', capturedAt: at + 3000, matched: { carePlanSection: 2, carePlanEvent: 2 }, sections: sections(t0), events }));
    await must(base({ url: `${H}/residents/${id}/care-plan`, pageId: 'care-plan', capturedAt: at + 4000, matched: { carePlanSection: 2, carePlanEvent: 2 }, sections: sections(t0 + 5 * DAY), events }));
  }
  // The care system's own audit form: Ada by id, Ada by name only, Grace, and a unit-level row.
  const row = (criterion: string, who: object) => ({ form: 'Monthly notes audit', criterion, answer: 'yes' as const, at: t0 + 4 * DAY, unit: 'Oak', auditorRole: 'Deputy', ...who });
  await must(base({ url: `${H}/audits`, pageId: 'audits', capturedAt: at + 5000, matched: { auditAnswer: 4 },
    audits: [row('Outcome', ADA), row('Consent', { residentName: 'Ada Lovelace' }), row('Outcome', GRACE), row('Signed', {})] }));
  // Another care system, whose resident has no id.
  await must(base({ url: 'http://127.0.0.1:9/willow/feed', recipeId: 'willow-demo', pageId: 'feed', capturedAt: at + 6000, matched: { note: 40 }, notes: notesOf(MARY, t0, 'M') }));

  const adaKeys = ada.map((n) => noteKey('harbour-demo', n, idsOnly));
  const graceKeys = grace.map((n) => noteKey('harbour-demo', n, idsOnly));
  const request = { size: 6, reviewer: { role: 'Deputy manager' }, scheduled: false };
  // A sample of the shared page (both residents) and one of Ada's own page, both judged.
  for (const [url, keys, seed] of [[`${H}/units/oak`, [...adaKeys, ...graceKeys], 3], [`${H}/residents/RX17/notes`, adaKeys, 12]] as const) {
    const s = await startSample(db, { request, keysOnPage: keys, url, system: 'harbour-demo', seed, now: at + 7000 });
    for (const key of s.noteKeys) {
      const note = (await db.notes.get(key))!;
      const flags = note.quality.flags.map((f) => f.rule);
      const j: SampleJudgement = { noteKey: key, careAt: note.careAt, unit: note.unit, rulesVersion: note.quality.rulesVersion, engineFlags: flags,
        verdicts: Object.fromEntries(flags.map((f) => [f, 'agree'])), added: [], judgedAt: at + 8000 };
      await saveJudgement(db, s.id!, j);
    }
    await finishSample(db, s.id!, at + 9000);
  }
  // An audit cycle over the ten days, every sampled record answered.
  const cycle = await beginCycle(db, { template: DAILY_NOTES_AUDIT, periodStart: londonDayKey(t0), periodEnd: londonDayKey(t0 + 9 * DAY),
    sampleSize: 24, scheduled: true, auditor: { role: 'Quality lead' }, seed: 5, now: at + 10_000 });
  for (const s of cycle.sample) await saveAuditAnswers(db, cycle.id!, s.recordKey, [{ criterionId: 'specific', value: 'yes', answeredAt: at + 11_000 }]);
  // History captures: one walked Ada's notes, one the Willow feed.
  const job = { pageId: 'daily-notes', intervalMs: 1000, status: 'done' as const, pagesDone: 2, recordsStored: 40, startedAt: at, updatedAt: at,
    from: londonDayKey(t0), to: londonDayKey(t0 + 9 * DAY) };
  await db.historyJobs.bulkAdd([
    { ...job, recipeId: 'harbour-demo', startUrl: `${H}/residents/RX17/notes` },
    { ...job, recipeId: 'willow-demo', pageId: 'feed', startUrl: 'http://127.0.0.1:9/willow/feed' },
  ]);
  await writeSettings(db, { reviewer: { role: 'Deputy manager', name: 'Jo Bloggs' }, retentionMonths: 18, interventions: [{ day: londonDayKey(t0 + 5 * DAY), label: 'New template' }] });
  return { t0, adaNoteKeys: adaKeys };
}

/** Every row of every table as JSON, lower-cased, for "no trace anywhere" scans. */
export async function everyRow(db: RecordLensDb): Promise<{ table: string; json: string }[]> {
  const out: { table: string; json: string }[] = [];
  for (const table of db.tables) for (const row of await table.toArray()) out.push({ table: table.name, json: JSON.stringify(row).toLowerCase() });
  return out;
}

const tidy = <T extends { id: string; flagged: object }>(rows: T[]) =>
  rows
    .map((r) => ({ ...r, flagged: Object.fromEntries(Object.entries(r.flagged).filter(([, n]) => n > 0)) }))
    .sort((a, b) => a.id.localeCompare(b.id));

const tidyStaff = (days: StaffDay[]) =>
  days
    .map((d) => ({ ...d, staff: [...d.staff].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) }))
    .sort((a, b) => a.id.localeCompare(b.id));

/**
 * The stored roll-ups (daily, and by member of staff), and the same rebuilt from the notes left:
 * equal when nothing drifted.
 */
export async function rollupsAndRebuild(db: RecordLensDb) {
  const { shifts } = await readSettings(db);
  const delta = new RollupDelta(shifts);
  for (const n of await db.notes.toArray()) delta.add(n, 1);
  return {
    stored: { daily: tidy(await db.dailyRollups.toArray()), staff: tidyStaff(await db.staffRollups.toArray()) },
    rebuilt: { daily: tidy(delta.apply([])), staff: tidyStaff(delta.staff.apply([])) },
  };
}
