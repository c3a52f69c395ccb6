import type { CarePlanSection } from '../model/care-plan-section';
import type { ExtractedNote, Note } from '../model/note';
import type { Provenance } from '../model/provenance';
import type { CaptureBatch, IngestResult } from '../messaging/protocol';
import type { HistoryRow, RecordLensDb } from './db';
import { noteKey, residentKey, sectionKey, sectionStateHash, type NameToken } from './keys';
import { tokensForRecords } from './record-keys';
import { stableHash } from './stable-hash';
import { assessInContext } from './assess-in-context';
import { RollupDelta } from './note-rollup';
import { writeStaffRows } from './staff-rollup';
import { readSettings } from './settings';
import { judgeCapture } from './page-health';

/** Fields that make a note "the same note" when captured again. */
const NOTE_FIELDS = [
  'text', 'authorName', 'authorRole', 'category', 'unit', 'residentName',
] as const satisfies readonly (keyof ExtractedNote)[];

const PRECISION_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * Two readings of a time agree when they are within the coarser one's precision: "logged 3 hours
 * ago" read an hour apart is the same moment, not an edit.
 */
function sameTime(a?: number, ap?: keyof typeof PRECISION_MS, b?: number, bp?: keyof typeof PRECISION_MS): boolean {
  if (a === undefined || b === undefined) return a === b;
  const tolerance = Math.max(ap ? PRECISION_MS[ap] : 0, bp ? PRECISION_MS[bp] : 0);
  // Written minutes ("14:05") are whole minutes, so a real edit moves them 60 s or more; a
  // relative "25 minutes ago" re-read later lands within the same minute of the truth.
  return tolerance === PRECISION_MS.minute ? Math.abs(a - b) < tolerance : Math.abs(a - b) <= tolerance;
}

/** Placeholder until the notes are scored in context, inside the transaction. */
const UNSCORED = { rulesVersion: 1, score: 100, flags: [] };

const sameNote = (a: Note, b: Note) =>
  NOTE_FIELDS.every((f) => a[f] === b[f]) &&
  sameTime(a.careAt, a.careAtPrecision, b.careAt, b.careAtPrecision) &&
  sameTime(a.writtenAt, a.writtenAtPrecision, b.writtenAt, b.writtenAtPrecision) &&
  a.quality.rulesVersion === b.quality.rulesVersion &&
  a.quality.score === b.quality.score;

/**
 * Stores one capture in ONE transaction: notes (idempotent by key), care-plan sections (a new
 * history row whenever a section's dates change), the daily roll-ups and the snapshot. Either all
 * of it lands or none of it does.
 */
export async function ingestCapture(
  db: RecordLensDb,
  batch: CaptureBatch,
  tabId?: number,
  /** When given, receives the batch's notes as the store scored them. */
  assessed?: Note[],
): Promise<IngestResult> {
  const system = batch.recipeId;
  const provenance: Provenance = {
    system,
    url: batch.url,
    capturedAt: batch.capturedAt,
    recipeId: batch.recipeId,
    recipeVersion: batch.recipeVersion,
  };
  const token = await tokensForRecords(db, system, [...batch.notes, ...batch.sections, ...(batch.events ?? [])]);
  const incoming = new Map<string, Note>();
  for (const n of batch.notes) {
    const key = noteKey(system, n, token);
    incoming.set(key, { ...n, key, residentKey: residentKey(system, n, token), provenance, quality: UNSCORED });
  }

  const tables = [db.notes, db.sections, db.sectionHistory, db.snapshots, db.dailyRollups, db.staffRollups, db.pageHealth, db.settings, db.carePlanEvents, db.careSystemAudits];
  return db.transaction('rw', tables, async () => {
    const result = { added: 0, updated: 0, unchanged: 0 };
    const snapshot = {
      system,
      recipeId: batch.recipeId,
      recipeVersion: batch.recipeVersion,
      pageId: batch.pageId,
      url: batch.url,
      tabId,
      capturedAt: batch.capturedAt,
      visit: batch.visit,
      matched: batch.matched,
      problems: batch.problems,
    };
    const health = await judgeCapture(db, batch);
    if (health.status === 'degraded') {
      // A page that looks broken is not read as if it were good: nothing from it is stored.
      const verdict = { status: health.status, reason: health.reason, brokenField: health.brokenField };
      await db.snapshots.add({ ...snapshot, stored: result, health: verdict });
      return { ...result, degraded: health.reason };
    }
    const { scored: notes, rescored } = await assessInContext(db, [...incoming.values()]);
    assessed?.push(...notes);
    const before = await db.notes.bulkGet(notes.map((n) => n.key));
    const delta = new RollupDelta((await readSettings(db)).shifts);
    const changed: Note[] = [];
    // Stored notes whose score changed because of what arrived (a copy's source came in late).
    for (const { before: old, after } of rescored) {
      delta.add(old, -1);
      delta.add(after, 1);
      changed.push(after);
    }
    notes.forEach((note, i) => {
      const old = before[i];
      if (old && sameNote(old, note)) return void result.unchanged++;
      if (old) {
        delta.add(old, -1);
        result.updated++;
      } else result.added++;
      delta.add(note, 1);
      changed.push(note);
    });
    if (changed.length) await db.notes.bulkPut(changed);
    if (delta.rows.size) {
      const ids = [...delta.rows.keys()];
      await db.dailyRollups.bulkPut(delta.apply(await db.dailyRollups.bulkGet(ids)));
    }
    await writeStaffRows(db, delta.staff);
    for (const part of [await ingestSections(db, batch, provenance, token), await ingestEvents(db, batch, provenance, token), await ingestAudits(db, batch, provenance)]) {
      result.added += part.added;
      result.updated += part.updated;
      result.unchanged += part.unchanged;
    }
    await db.snapshots.add({ ...snapshot, stored: result, health: { status: 'healthy' } });
    return result;
  });
}

async function ingestSections(db: RecordLensDb, batch: CaptureBatch, provenance: Provenance, token: NameToken) {
  const result = { added: 0, updated: 0, unchanged: 0 };
  const system = provenance.system;
  const incoming = new Map(batch.sections.map((s) => [sectionKey(system, s, token), s]));
  const keys = [...incoming.keys()];
  const current = await db.sections.bulkGet(keys);
  const put: CarePlanSection[] = [];
  const history: HistoryRow[] = [];
  for (const [i, key] of keys.entries()) {
    const s = incoming.get(key)!;
    const old = current[i];
    const stateHash = sectionStateHash(s);
    const isNewState = !old || old.stateHash !== stateHash;
    // A capture older than the state we hold (a slow tab) joins history but never overwrites it.
    if (old && old.lastSeenAt > batch.capturedAt) {
      const seen = await db.sectionHistory
        .where('[sectionKey+seenAt]')
        .equals([key, batch.capturedAt])
        .count();
      if (isNewState && !seen) {
        history.push({ ...s, sectionKey: key, stateHash, seenAt: batch.capturedAt, provenance });
        result.updated++;
      } else result.unchanged++;
      continue;
    }
    put.push({
      ...s,
      key,
      residentKey: residentKey(system, s, token),
      stateHash,
      firstSeenAt: old?.firstSeenAt ?? batch.capturedAt,
      lastSeenAt: Math.max(old?.lastSeenAt ?? 0, batch.capturedAt),
      provenance,
    });
    if (isNewState) {
      history.push({ ...s, sectionKey: key, stateHash, seenAt: batch.capturedAt, provenance });
      if (old) result.updated++;
      else result.added++;
    } else result.unchanged++;
  }
  put.push(...(await goneFromPlan(db, batch, new Set(keys), system, token)));
  if (put.length) await db.sections.bulkPut(put);
  if (history.length) await db.sectionHistory.bulkAdd(history);
  return result;
}

/**
 * Sections of a resident that a complete reading of their care plan no longer shows: removed
 * from the plan, or the resident left. Only a whole, first-part capture with nothing kept aside
 * can say a section is gone; anything less says nothing.
 */
async function goneFromPlan(db: RecordLensDb, batch: CaptureBatch, seen: Set<string>, system: string, token: NameToken): Promise<CarePlanSection[]> {
  const whole = batch.part === 0 && batch.sections.length > 0 && batch.matched.carePlanSection === batch.sections.length;
  if (!whole) return [];
  const residents = new Set(batch.sections.map((s) => residentKey(system, s, token)));
  const gone: CarePlanSection[] = [];
  for (const resident of residents) {
    for (const s of await db.sections.where('residentKey').equals(resident).toArray()) {
      if (!seen.has(s.key) && s.goneAt === undefined && s.lastSeenAt < batch.capturedAt) gone.push({ ...s, goneAt: batch.capturedAt });
    }
  }
  return gone;
}

/** Rows of a care plan's history table: each stored once, whatever page or visit shows it again. */
async function ingestEvents(db: RecordLensDb, batch: CaptureBatch, provenance: Provenance, token: NameToken) {
  const result = { added: 0, updated: 0, unchanged: 0 };
  if (!batch.events?.length) return result;
  const system = provenance.system;
  const events = new Map(
    batch.events.map((e) => {
      const section = sectionKey(system, e, token);
      const key = `${section}|${e.type}|${e.at}`;
      return [key, { ...e, key, sectionKey: section, residentKey: residentKey(system, e, token), source: 'page-history' as const, provenance }];
    }),
  );
  const known = await db.carePlanEvents.bulkGet([...events.keys()]);
  const fresh = [...events.values()].filter((_, i) => !known[i]);
  result.added = fresh.length;
  result.unchanged = events.size - fresh.length;
  if (fresh.length) await db.carePlanEvents.bulkAdd(fresh);
  return result;
}

/**
 * Answers from the care system's own audit forms, one per form, question, date, unit and resident; a
 * changed answer replaces the stored one (the care system's form was corrected).
 */
async function ingestAudits(db: RecordLensDb, batch: CaptureBatch, provenance: Provenance) {
  const result = { added: 0, updated: 0, unchanged: 0 };
  if (!batch.audits?.length) return result;
  const rows = new Map(
    batch.audits.map((a) => {
      const key = `${provenance.system}|audit:${stableHash([a.form ?? '', a.criterion, a.at, a.unit ?? '', a.residentId ?? a.residentName ?? '', a.auditorRole ?? ''].join('\u0000'))}`;
      return [key, { ...a, key, provenance }];
    }),
  );
  const known = await db.careSystemAudits.bulkGet([...rows.keys()]);
  const put = [...rows.values()].filter((row, i) => {
    const old = known[i];
    if (!old) result.added++;
    else if (old.answer !== row.answer) result.updated++;
    else {
      result.unchanged++;
      return false;
    }
    return true;
  });
  if (put.length) await db.careSystemAudits.bulkPut(put);
  return result;
}
