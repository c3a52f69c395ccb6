import { BUILTIN_AUDIT_TEMPLATES } from '../audit/builtin-templates';
import { answerRecord, closeCycle, startCycle, type CycleResult } from '../audit/cycle-steps';
import { noteFrameRecord, sectionFrameRecord } from '../audit/frame-records';
import { londonDaySpan } from '../measure/timeliness/days';
import type { AuditAnswer, AuditCycle, AuditTemplate, ShiftHours } from '../model/audit';
import type { Reviewer } from '../model/sample';
import { homeOfKey } from '../measure/segments';
import type { RecordLensDb } from './db';

export class AuditError extends Error {
  override name = 'AuditError';
}

const orThrow = (r: CycleResult): AuditCycle => {
  if (!r.ok) throw new AuditError(r.problems.join(' '));
  return r.cycle;
};
/** Built-in templates, then the provider's own (the newest version of each). */
export async function auditTemplates(db: RecordLensDb): Promise<AuditTemplate[]> {
  const own = new Map<string, AuditTemplate>();
  for (const { key: _key, ...t } of await db.auditTemplates.toArray()) {
    if ((own.get(t.id)?.version ?? 0) < t.version) own.set(t.id, t);
  }
  return [...BUILTIN_AUDIT_TEMPLATES, ...own.values()];
}

export async function saveAuditTemplate(db: RecordLensDb, template: AuditTemplate): Promise<void> {
  await db.auditTemplates.put({ ...template, key: `${template.id}@${template.version}` });
}

export interface BeginCycle {
  template: AuditTemplate;
  periodStart: string;
  periodEnd: string;
  sampleSize: number;
  scheduled: boolean;
  auditor: Reviewer;
  seed: number;
  now: number;
  isBaseline?: boolean;
  /** Where day and night shifts start (London hours); the demo's and most homes' are 08:00 / 20:00. */
  shifts?: ShiftHours;
}

/**
 * Starts a cycle: the sampling frame is every stored record of the template's kind in the period
 * (notes by when the care happened; care-plan sections still in a plan), and the stratified draw
 * is saved with its seed before anything is answered.
 */
export async function beginCycle(db: RecordLensDb, b: BeginCycle): Promise<AuditCycle> {
  return db.transaction('rw', [db.auditCycles, db.notes, db.sections], async () => {
    if (await db.auditCycles.where('status').equals('open').count()) {
      throw new AuditError('An audit cycle is already open: close it before starting another.');
    }
    // Only this home's records: another home's, imported from its bundle, cannot be opened and audited here.
    const own = (r: { key: string }) => homeOfKey(r.key) === undefined;
    const records =
      b.template.recordType === 'note'
        ? (await db.notes.where('careAt').between(...londonDaySpan(b.periodStart, b.periodEnd), true, false).toArray()).filter(own).map(noteFrameRecord)
        : (await db.sections.toArray()).filter((s) => s.goneAt === undefined && own(s)).map(sectionFrameRecord);
    if (!records.length) throw new AuditError('No records of this kind were captured in that period, so there is nothing to sample.');
    const units = [...new Set(records.flatMap((r) => (r.unit ? [r.unit] : [])))].sort();
    const cycle = orThrow(
      startCycle({
        template: b.template,
        records,
        periodStart: b.periodStart,
        periodEnd: b.periodEnd,
        sampleSize: b.sampleSize,
        scheduled: b.scheduled,
        seed: b.seed,
        auditor: b.auditor,
        startedAt: b.now,
        ...(b.isBaseline ? { isBaseline: true } : {}),
        ...(b.shifts ? { shifts: b.shifts } : {}),
        units,
      }),
    );
    cycle.id = await db.auditCycles.add(cycle);
    return cycle;
  });
}

/** Saves one record's answers as they are given (each change is written at once). */
export async function saveAuditAnswers(db: RecordLensDb, id: number, recordKey: string, answers: readonly AuditAnswer[]): Promise<AuditCycle> {
  return db.transaction('rw', db.auditCycles, async () => {
    const cycle = await db.auditCycles.get(id);
    if (!cycle) throw new AuditError('This audit cycle no longer exists.');
    const next = orThrow(answerRecord(cycle, recordKey, answers));
    await db.auditCycles.put(next);
    return next;
  });
}

export async function closeAuditCycle(db: RecordLensDb, id: number, now: number): Promise<AuditCycle> {
  return db.transaction('rw', db.auditCycles, async () => {
    const cycle = await db.auditCycles.get(id);
    if (!cycle) throw new AuditError('This audit cycle no longer exists.');
    const closed = orThrow(closeCycle(cycle, now));
    await db.auditCycles.put(closed);
    return closed;
  });
}

export const openAuditCycle = async (db: RecordLensDb) => (await db.auditCycles.where('status').equals('open').toArray()).at(-1);
export const closedAuditCycles = (db: RecordLensDb) => db.auditCycles.where('status').equals('closed').sortBy('startedAt');
