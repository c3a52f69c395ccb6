import { homeOfKey, homeOfSystem } from '../measure/segments';
import type { RecordLensDb } from '../store/db';
import { installSecret } from '../store/install-secret';
import { listRecipes } from '../store/recipes';
import { BUNDLE_FORMAT, BUNDLE_VERSION, CaptureBundleSchema, type CaptureBundle } from './bundle-schema';
import { pseudonymise } from './pseudonymise';
import { thisHome } from './this-home';

export interface ExportChoices {
  /** Names, ids, note words and comments as stored: only when the person ticks the box that says what that means. */
  names?: boolean;
  now?: number;
}

const ownKey = (key: string) => homeOfKey(key) === undefined;

/**
 * This home's capture bundle: its own records (never another home's it has imported), completed
 * samples, closed audit cycles and the recipes that read them, pseudonymised unless names were
 * chosen. Read in one transaction, so the bundle is one consistent moment of the store; checked
 * against the schema before it is handed over, so a bundle that leaves is one that imports.
 */
export async function exportBundle(db: RecordLensDb, choices: ExportChoices = {}): Promise<CaptureBundle> {
  const home = await thisHome(db);
  // Made before the read: Web Crypto cannot run inside an IndexedDB transaction.
  const secret = choices.names ? undefined : await installSecret(db);
  const [notes, sections, history, carePlanEvents, careSystemAudits, samples, auditCycles] = await db.transaction(
    'r',
    [db.notes, db.sections, db.sectionHistory, db.carePlanEvents, db.careSystemAudits, db.samples, db.auditCycles],
    () =>
      Promise.all([
        db.notes.filter((n) => ownKey(n.key)).toArray(),
        db.sections.filter((s) => ownKey(s.key)).toArray(),
        db.sectionHistory.filter((h) => ownKey(h.sectionKey)).toArray(),
        db.carePlanEvents.filter((e) => ownKey(e.key)).toArray(),
        db.careSystemAudits.filter((a) => ownKey(a.key)).toArray(),
        db.samples.where('status').equals('complete').filter((s) => homeOfSystem(s.system) === undefined).toArray(),
        db.auditCycles.where('status').equals('closed').filter((c) => c.sample.length > 0 && c.sample.every((r) => ownKey(r.recordKey))).toArray(),
      ]),
  );
  const sectionHistory = history.map(({ id: _id, ...h }) => h);
  const records = {
    notes,
    sections,
    sectionHistory,
    carePlanEvents,
    careSystemAudits,
    samples: samples.map(({ id: _id, ...s }) => s),
    auditCycles: auditCycles.map(({ id: _id, ...c }) => c),
  };
  const versions = new Map<string, Set<number>>();
  for (const r of [...notes, ...sections, ...sectionHistory, ...carePlanEvents, ...careSystemAudits]) {
    const held = versions.get(r.provenance.recipeId) ?? new Set<number>();
    versions.set(r.provenance.recipeId, held.add(r.provenance.recipeVersion));
  }
  const entries = new Map((await listRecipes(db)).map((e) => [e.recipe.id, e]));
  const recipes = [...versions].map(([id, used]) => {
    const entry = entries.get(id);
    return {
      id,
      name: entry?.recipe.name ?? id,
      origin: entry?.origin ?? ('user' as const),
      versionsRead: [...used].sort((a, b) => a - b),
      ...(entry ? { recipe: entry.recipe } : {}),
    };
  });
  const bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    home: { id: home.id, name: home.name },
    exportedAt: choices.now ?? Date.now(),
    pseudonymised: !choices.names,
    recipes,
    ...(secret ? await pseudonymise(records, secret) : records),
  };
  return CaptureBundleSchema.parse(bundle);
}

/** A file name people sort by home and date: `record-lens-oak-lodge-2026-11-27.json`. */
export function bundleFileName(bundle: Pick<CaptureBundle, 'home' | 'exportedAt'>, day: string): string {
  const slug = bundle.home.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home';
  return `record-lens-${slug}-${day}.json`;
}
