import type { IndexableType } from 'dexie';
import type { CarePlanSection } from '../model/care-plan-section';
import type { Note } from '../model/note';
import type { RecordLensDb } from './db';
import { inWindow, namesResident, rangeWindow, residentOf, type PurgeScope, type Resident, type Window } from './purge-scope';

/**
 * Every table that can hold something about a person or their care. `recipes` and
 * `auditTemplates` are not here: they describe care systems and checklists, never residents.
 */
export const PURGE_TABLES = [
  'notes', 'sections', 'sectionHistory', 'carePlanEvents', 'careSystemAudits', 'snapshots',
  'pageHealth', 'historyJobs', 'dailyRollups', 'staffRollups', 'samples', 'auditCycles', 'coachingEvents', 'settings',
] as const;
export type PurgeTable = (typeof PURGE_TABLES)[number];

/** Rows to delete (by primary key) and rows to rewrite without the purged parts, per table. */
export type PurgePlan = Record<PurgeTable, { remove: unknown[]; put: unknown[] }>;

/** The records a scope picks directly; everything derived (roll-ups, samples, audits) follows from them. */
export interface Picked {
  notes: Note[];
  sections: CarePlanSection[];
  /** Pieces that a sampled record key or a stored row is judged by. */
  resident?: Resident;
  window?: Window;
  system?: string;
  everything?: boolean;
}

export function emptyPlan(): PurgePlan {
  return Object.fromEntries(PURGE_TABLES.map((t) => [t, { remove: [], put: [] }])) as unknown as PurgePlan;
}

const keysOf = <T>(rows: T[], key: (r: T) => IndexableType) => rows.map(key);

/**
 * Picks the primary records of a scope and the rows that are plainly theirs: notes, care-plan
 * sections with every history row, care-plan events, the care system's own audit answers,
 * captures (snapshots), page health and history-capture jobs.
 */
export async function pickRecords(db: RecordLensDb, scope: PurgeScope, plan: PurgePlan): Promise<Picked> {
  if (scope.kind === 'everything') {
    for (const t of PURGE_TABLES) if (t !== 'settings') plan[t].remove = await db.table(t).toCollection().primaryKeys();
    return { notes: await db.notes.toArray(), sections: [], everything: true };
  }
  if (scope.kind === 'system') return pickSystem(db, scope.system, plan);
  if (scope.kind === 'resident') return pickResident(db, scope.residentKey, plan);
  return pickRange(db, rangeWindow(scope.from, scope.to), scope, plan);
}

async function pickSystem(db: RecordLensDb, system: string, plan: PurgePlan): Promise<Picked> {
  const prefix = `${system}|`;
  const notes = await db.notes.where('provenance.system').equals(system).toArray();
  // Every stored key of a care system starts with its id (keys.ts, ingest.ts).
  const sections = await db.sections.where('key').startsWith(prefix).toArray();
  plan.notes.remove = keysOf(notes, (n) => n.key);
  plan.sections.remove = keysOf(sections, (s) => s.key);
  plan.sectionHistory.remove = await db.sectionHistory.where('sectionKey').startsWith(prefix).primaryKeys();
  plan.carePlanEvents.remove = await db.carePlanEvents.where('key').startsWith(prefix).primaryKeys();
  plan.careSystemAudits.remove = await db.careSystemAudits.where('key').startsWith(prefix).primaryKeys();
  plan.snapshots.remove = await db.snapshots.filter((s) => s.system === system).primaryKeys();
  plan.pageHealth.remove = await db.pageHealth.where('recipeId').equals(system).primaryKeys();
  plan.historyJobs.remove = await db.historyJobs.filter((j) => j.recipeId === system).primaryKeys();
  return { notes, sections, system };
}

async function pickResident(db: RecordLensDb, key: string, plan: PurgePlan): Promise<Picked> {
  const notes = await db.notes.where('residentKey').equals(key).toArray();
  const sections = await db.sections.where('residentKey').equals(key).toArray();
  const events = await db.carePlanEvents.where('residentKey').equals(key).toArray();
  const resident = residentOf(key, [...notes, ...sections, ...events].map((r) => r.residentName));
  plan.notes.remove = keysOf(notes, (n) => n.key);
  plan.sections.remove = keysOf(sections, (s) => s.key);
  // A section key is `residentKey|section`: the trailing bar keeps R1 apart from R10.
  plan.sectionHistory.remove = await db.sectionHistory.where('sectionKey').startsWith(`${key}|`).primaryKeys();
  plan.carePlanEvents.remove = keysOf(events, (e) => e.key);
  plan.careSystemAudits.remove = await db.careSystemAudits
    .filter((a) => a.provenance.system === resident.system && auditNames(a, resident))
    .primaryKeys();
  // A capture of the resident's own page names them in its URL: the whole capture goes. A capture
  // of a shared page (a unit's feed) only loses the excerpts of records it kept aside that name them.
  for (const s of await db.snapshots.filter((s) => s.system === resident.system).toArray()) {
    if (namesResident(s.url, resident)) plan.snapshots.remove.push(s.id!);
    else if (s.problems.some((p) => namesResident(p.excerpt, resident))) {
      plan.snapshots.put.push({ ...s, problems: s.problems.filter((p) => !namesResident(p.excerpt, resident)) });
    }
  }
  // A history capture of the resident's pages: its URLs name them. (Page health holds only counts.)
  plan.historyJobs.remove = await db.historyJobs
    .filter((j) => j.recipeId === resident.system && [j.startUrl, j.nextUrl ?? ''].some((u) => namesResident(u, resident)))
    .primaryKeys();
  return { notes, sections, resident };
}

/**
 * The care system's own audit rows name a resident by id or by name (or not at all). Ids are
 * compared when both sides have one, so two residents who share a name stay apart.
 */
function auditNames(a: { residentId?: string; residentName?: string }, r: Resident): boolean {
  if (a.residentId && r.id) return a.residentId === r.id;
  return !!a.residentName && r.names.has(a.residentName.trim().toLowerCase());
}

/**
 * A span of days, by each record's own date: notes by the time of care, care-plan sections by
 * when they were last read (a section not read since is as old as that), history rows by when
 * they were seen, events and the care system's audit answers by their date, captures by when
 * they were made. A history-capture job goes when the days it walked lie wholly in the span.
 */
async function pickRange(db: RecordLensDb, w: Window, scope: Extract<PurgeScope, { kind: 'range' }>, plan: PurgePlan): Promise<Picked> {
  const notes = await db.notes.where('careAt').between(w.start, w.end, true, false).toArray();
  const sections = await db.sections.filter((s) => inWindow(w, s.lastSeenAt)).toArray();
  plan.notes.remove = keysOf(notes, (n) => n.key);
  plan.sections.remove = keysOf(sections, (s) => s.key);
  const gone = new Set(sections.map((s) => s.key));
  const history = new Set(await db.sectionHistory.where('seenAt').between(w.start, w.end, true, false).primaryKeys());
  // A deleted section takes all its history with it, so no history row is left without its section.
  for (const key of gone) for (const id of await db.sectionHistory.where('sectionKey').equals(key).primaryKeys()) history.add(id);
  plan.sectionHistory.remove = [...history];
  plan.carePlanEvents.remove = await db.carePlanEvents.where('at').between(w.start, w.end, true, false).primaryKeys();
  plan.careSystemAudits.remove = await db.careSystemAudits.where('at').between(w.start, w.end, true, false).primaryKeys();
  plan.snapshots.remove = await db.snapshots.where('capturedAt').between(w.start, w.end, true, false).primaryKeys();
  plan.historyJobs.remove = await db.historyJobs
    .filter((j) => j.status !== 'running' && j.from >= (scope.from ?? '') && j.to <= scope.to)
    .primaryKeys();
  return { notes, sections, window: w };
}
