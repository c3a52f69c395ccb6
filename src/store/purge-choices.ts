import type { RecordLensDb } from './db';
import { listRecipes } from './recipes';

/** A resident the user can choose to delete, named as the care system names them. */
export interface StoredResident {
  residentKey: string;
  name: string;
  /** The care system's own id, where its pages show one: tells apart two people of one name. */
  id?: string;
  system: string;
  systemName: string;
}

const systemNames = async (db: RecordLensDb) => new Map((await listRecipes(db)).map((e) => [e.recipe.id, e.recipe.name]));

/**
 * Everyone something is stored about (notes, care-plan sections or events), by name, in name
 * order: what the "delete one resident" choice lists. One read per resident for the name.
 */
export async function storedResidents(db: RecordLensDb): Promise<StoredResident[]> {
  const keys = new Set<string>();
  for (const table of [db.notes, db.sections, db.carePlanEvents]) {
    for (const k of await table.orderBy('residentKey').uniqueKeys()) keys.add(String(k));
  }
  const names = await systemNames(db);
  const out: StoredResident[] = [];
  for (const residentKey of keys) {
    const row =
      (await db.notes.where('residentKey').equals(residentKey).first()) ??
      (await db.sections.where('residentKey').equals(residentKey).first()) ??
      (await db.carePlanEvents.where('residentKey').equals(residentKey).first());
    if (!row) continue;
    const system = residentKey.slice(0, residentKey.indexOf('|'));
    out.push({ residentKey, name: row.residentName, ...(row.residentId ? { id: row.residentId } : {}), system, systemName: names.get(system) ?? system });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.systemName.localeCompare(b.systemName));
}

/** Care systems something was captured from (every capture is judged for page health, so each has a row there). */
export async function storedSystems(db: RecordLensDb): Promise<{ system: string; name: string }[]> {
  const ids = new Set<string>((await db.notes.orderBy('provenance.system').uniqueKeys()).map(String));
  for (const k of await db.pageHealth.orderBy('recipeId').uniqueKeys()) ids.add(String(k));
  const names = await systemNames(db);
  return [...ids].map((system) => ({ system, name: names.get(system) ?? system })).sort((a, b) => a.name.localeCompare(b.name));
}
