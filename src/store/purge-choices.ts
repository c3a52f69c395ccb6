import type { RecordLensDb } from './db';
import { listRecipes } from './recipes';
import { heldHomes } from '../bundle/held-homes';
import { homePrefix } from '../bundle/namespace';
import { homeOfSystem } from '../measure/segments';

/** A resident the user can choose to delete, named as the care system names them. */
export interface StoredResident {
  residentKey: string;
  name: string;
  /** The care system's own id, where its pages show one: tells apart two people of one name. */
  id?: string;
  system: string;
  systemName: string;
}

/** A care system by its recipe's name; one of another home's, imported from its bundle, with that home's name. */
async function systemNames(db: RecordLensDb): Promise<{ get: (system: string) => string }> {
  const recipes = new Map((await listRecipes(db)).map((e) => [e.recipe.id, e.recipe.name]));
  const homes = new Map((await heldHomes(db)).map((h) => [h.id, h.name]));
  return {
    get: (system) => {
      const home = homeOfSystem(system);
      if (home === undefined) return recipes.get(system) ?? system;
      const bare = system.slice(homePrefix(home).length);
      return `${recipes.get(bare) ?? bare} at ${homes.get(home) ?? 'another home'}`;
    },
  };
}

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
    out.push({ residentKey, name: row.residentName, ...(row.residentId ? { id: row.residentId } : {}), system, systemName: names.get(system) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.systemName.localeCompare(b.systemName));
}

/** Care systems something was captured from (every capture is judged for page health, so each has a row there). */
export async function storedSystems(db: RecordLensDb): Promise<{ system: string; name: string }[]> {
  const ids = new Set<string>((await db.notes.orderBy('provenance.system').uniqueKeys()).map(String));
  for (const k of await db.pageHealth.orderBy('recipeId').uniqueKeys()) ids.add(String(k));
  const names = await systemNames(db);
  return [...ids].map((system) => ({ system, name: names.get(system) })).sort((a, b) => a.name.localeCompare(b.name));
}
