import type { IndexableType, Table } from 'dexie';
import type { RecordLensDb } from './db';
import { planDerived } from './purge-derived';
import { emptyPlan, pickRecords, PURGE_TABLES, type PurgePlan, type PurgeTable } from './purge-plan';
import { PurgeScopeSchema, type PurgeScope } from './purge-scope';

/** Per table: rows deleted, and rows kept but rewritten without the purged parts. */
export interface PurgeCounts {
  deleted: Record<PurgeTable, number>;
  changed: Record<PurgeTable, number>;
}

export type PurgeResult = { ok: true; counts: PurgeCounts } | { ok: false; problems: string[] };

const tablesOf = (db: RecordLensDb) => PURGE_TABLES.map((t) => db.table(t) as Table);

function countsOf(plan: PurgePlan): PurgeCounts {
  const per = (f: (p: PurgePlan[PurgeTable]) => number) =>
    Object.fromEntries(PURGE_TABLES.map((t) => [t, f(plan[t])])) as Record<PurgeTable, number>;
  return { deleted: per((p) => p.remove.length), changed: per((p) => p.put.length) };
}

async function plan(db: RecordLensDb, scope: PurgeScope): Promise<PurgePlan> {
  const p = emptyPlan();
  const picked = await pickRecords(db, scope, p);
  await planDerived(db, scope, picked, p);
  return p;
}

const parse = (scope: unknown) => {
  const parsed = PurgeScopeSchema.safeParse(scope);
  return parsed.success ? parsed : { success: false as const, problems: parsed.error.issues.map((i) => i.message) };
};

/**
 * What a purge would delete, without deleting anything: the confirmation says exactly this.
 * Read in one transaction, so the counts are of one consistent state.
 */
export async function previewPurge(db: RecordLensDb, scope: unknown): Promise<PurgeResult> {
  const parsed = parse(scope);
  if (!parsed.success) return { ok: false, problems: parsed.problems };
  return db.transaction('r', tablesOf(db), async () => ({ ok: true as const, counts: countsOf(await plan(db, parsed.data)) }));
}

/**
 * Deletes one resident's data, a span of days, one care system, or everything, in ONE read-write
 * transaction over every table that can hold it: either every trace goes or, on any error,
 * nothing changes. Deleted rows are gone from their tables and so from every index on them.
 */
export async function purge(db: RecordLensDb, scope: unknown): Promise<PurgeResult> {
  const parsed = parse(scope);
  if (!parsed.success) return { ok: false, problems: parsed.problems };
  return db.transaction('rw', tablesOf(db), async () => {
    const p = await plan(db, parsed.data);
    for (const t of PURGE_TABLES) {
      const table = db.table(t) as Table;
      if (p[t].remove.length) await table.bulkDelete(p[t].remove as IndexableType[]);
      if (p[t].put.length) await table.bulkPut(p[t].put);
    }
    return { ok: true as const, counts: countsOf(p) };
  });
}
