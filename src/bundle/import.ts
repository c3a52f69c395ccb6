import type { z } from 'zod';
import type { Note } from '../model/note';
import type { RecordLensDb } from '../store/db';
import { RollupDelta } from '../store/note-rollup';
import { writeStaffRows } from '../store/staff-rollup';
import { readSettings } from '../store/settings';
import { CaptureBundleSchema, type CaptureBundle } from './bundle-schema';
import { heldKey, HeldHomeSchema, type HeldHome } from './held-homes';
import { homePrefix, namespaced, type HomeRows } from './namespace';
import { thisHomeId } from './this-home';

export type ImportResult =
  | { ok: true; status: 'added' | 'updated' | 'unchanged'; home: string; counts: HeldHome['counts'] }
  | { ok: false; problems: string[] };

const MAX_PROBLEMS = 5;
const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** A schema's complaints in words, with where in the file each is: the first few, then how many more. */
function problemsOf(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_PROBLEMS).map((i) => (i.path.length ? `${i.path.join(' › ')}: ${i.message}` : i.message));
  const more = error.issues.length - MAX_PROBLEMS;
  return more > 0 ? [...lines, `…and ${more} more.`] : lines;
}

/** Reads a file's text as a capture bundle: an error in words for anything else. Nothing is stored. */
export function readBundle(text: string): { ok: true; bundle: CaptureBundle } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This file is not a capture bundle: it is not JSON.'] };
  }
  if ((json as { format?: unknown } | null)?.format !== 'record-lens/capture-bundle') {
    return { ok: false, problems: ['This file is not a Record Lens capture bundle (it does not say "format": "record-lens/capture-bundle").'] };
  }
  const parsed = CaptureBundleSchema.safeParse(json);
  return parsed.success ? { ok: true, bundle: parsed.data } : { ok: false, problems: ['This capture bundle is damaged or incomplete, so nothing was imported.', ...problemsOf(parsed.error)] };
}

const countsOf = (rows: HomeRows): HeldHome['counts'] => ({
  notes: rows.notes.length,
  sections: rows.sections.length,
  carePlanEvents: rows.carePlanEvents.length,
  careSystemAudits: rows.careSystemAudits.length,
  samples: rows.samples.length,
  auditCycles: rows.auditCycles.length,
});

/**
 * Imports one home's bundle into the organisational view, in ONE transaction: that home's records
 * held before are replaced by the bundle's (roll-ups moved by the difference), or nothing changes.
 * The same bundle again changes nothing; an older bundle of a home than the one held is refused;
 * a bundle of this browser's own home is refused (its records are already here, as captured).
 * Writes go through the same tables as captures, so the passphrase lock encrypts them alike.
 */
export async function importBundle(db: RecordLensDb, text: string, now = Date.now()): Promise<ImportResult> {
  const read = readBundle(text);
  if (!read.ok) return read;
  const { bundle } = read;
  if (bundle.home.id === (await thisHomeId(db))) {
    return { ok: false, problems: [`This bundle is of this browser's own home (${bundle.home.name}): its records are already here.`] };
  }
  const rows = namespaced(bundle);
  const counts = countsOf(rows);
  const prefix = homePrefix(bundle.home.id);
  const tables = [db.notes, db.sections, db.sectionHistory, db.carePlanEvents, db.careSystemAudits, db.samples, db.auditCycles, db.dailyRollups, db.staffRollups, db.settings];
  return db.transaction('rw', tables, async (): Promise<ImportResult> => {
    const heldRow = HeldHomeSchema.safeParse((await db.settings.get(heldKey(bundle.home.id)))?.value);
    const held = heldRow.success ? heldRow.data : undefined;
    if (held && held.exportedAt > bundle.exportedAt) {
      return { ok: false, problems: [`This bundle of ${bundle.home.name} was exported on ${when(bundle.exportedAt)}; the one held was exported later, on ${when(held.exportedAt)}, and is kept.`] };
    }
    const oldNotes = await db.notes.where('key').startsWith(prefix).toArray();
    // The same export again, and every note of it still here (a deletion may have taken some since).
    if (held && held.exportedAt === bundle.exportedAt && oldNotes.length === counts.notes) {
      return { ok: true, status: 'unchanged', home: held.name, counts: held.counts };
    }
    await removeRows(db, prefix, oldNotes);
    const delta = new RollupDelta((await readSettings(db)).shifts);
    for (const n of rows.notes) delta.add(n, 1);
    await applyDelta(db, delta);
    await db.notes.bulkAdd(rows.notes);
    await db.sections.bulkAdd(rows.sections);
    await db.sectionHistory.bulkAdd(rows.sectionHistory);
    await db.carePlanEvents.bulkAdd(rows.carePlanEvents);
    await db.careSystemAudits.bulkAdd(rows.careSystemAudits);
    await db.samples.bulkAdd(rows.samples);
    await db.auditCycles.bulkAdd(rows.auditCycles);
    const next: HeldHome = { id: bundle.home.id, name: bundle.home.name, exportedAt: bundle.exportedAt, importedAt: now, pseudonymised: bundle.pseudonymised, counts, recipes: bundle.recipes };
    await db.settings.put({ key: heldKey(bundle.home.id), value: HeldHomeSchema.parse(next) });
    return { ok: true, status: held ? 'updated' : 'added', home: next.name, counts };
  });
}

/** Takes one imported home out of this browser: its records, their place in the roll-ups, and its row. One transaction. */
export async function removeHome(db: RecordLensDb, homeId: string): Promise<void> {
  const prefix = homePrefix(homeId);
  const tables = [db.notes, db.sections, db.sectionHistory, db.carePlanEvents, db.careSystemAudits, db.samples, db.auditCycles, db.dailyRollups, db.staffRollups, db.settings];
  await db.transaction('rw', tables, async () => {
    await removeRows(db, prefix, await db.notes.where('key').startsWith(prefix).toArray());
    await db.settings.delete(heldKey(homeId));
  });
}

/** Every row of one imported home, in every table; its notes are subtracted from the roll-ups first, so totals stay exact. */
async function removeRows(db: RecordLensDb, prefix: string, notes: readonly Note[]): Promise<void> {
  if (notes.length) {
    const delta = new RollupDelta((await readSettings(db)).shifts);
    for (const n of notes) delta.add(n, -1);
    await applyDelta(db, delta);
    await db.notes.bulkDelete(notes.map((n) => n.key));
  }
  await db.sections.where('key').startsWith(prefix).delete();
  await db.sectionHistory.where('sectionKey').startsWith(prefix).delete();
  await db.carePlanEvents.where('key').startsWith(prefix).delete();
  await db.careSystemAudits.where('key').startsWith(prefix).delete();
  await db.samples.filter((s) => s.system.startsWith(prefix)).delete();
  await db.auditCycles.filter((c) => c.sample.some((r) => r.recordKey.startsWith(prefix))).delete();
}

/** Roll-up rows left with no notes are deleted: an imported home taken out leaves no empty days behind. */
async function applyDelta(db: RecordLensDb, delta: RollupDelta): Promise<void> {
  if (!delta.rows.size) return;
  await writeStaffRows(db, delta.staff);
  const ids = [...delta.rows.keys()];
  const next = delta.apply(await db.dailyRollups.bulkGet(ids));
  await db.dailyRollups.bulkPut(next.filter((r) => r.notes > 0));
  const empty = next.filter((r) => r.notes === 0).map((r) => r.id);
  if (empty.length) await db.dailyRollups.bulkDelete(empty);
}
