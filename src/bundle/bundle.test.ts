import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { londonDayKey } from '../extract/dates/london-time';
import { pooledFigure, segmentValues } from '../measure/measure';
import { MEASURES, NOTE_MEASURES } from '../measure/registry';
import { spreadTable } from '../measure/spread';
import { closeAuditCycle } from '../store/audits';
import { RecordLensDb } from '../store/db';
import { loadMeasureInputs } from '../store/measure-inputs';
import { purge } from '../store/purge';
import { storedSystems } from '../store/purge-choices';
import { everyRow, rollupsAndRebuild, seedEveryTable } from '../store/purge-fixture';
import { readSettings, writeSettings } from '../store/settings';
import { CaptureBundleSchema } from './bundle-schema';
import { exportBundle } from './export';
import { heldHomes } from './held-homes';
import { importBundle, removeHome } from './import';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z'); // a Monday, London winter time

let n = 0;
let home: RecordLensDb;
let group: RecordLensDb;
const open = async (name: string) => {
  const db = new RecordLensDb(`${name}-${++n}`);
  await db.open();
  return db;
};
beforeEach(async () => {
  home = await open('bundle-home');
  group = await open('bundle-group');
});
afterEach(async () => {
  await home.delete();
  await group.delete();
});

/** The exporting home, filled through the real capture, sampling and audit paths, its cycle closed. */
async function seededHome(name = 'Oak Lodge') {
  await seedEveryTable(home, T0);
  const cycle = (await home.auditCycles.toArray())[0]!;
  await closeAuditCycle(home, cycle.id!, T0 + 12 * DAY);
  await writeSettings(home, { homeName: name });
}
const snapshot = async (db: RecordLensDb) => (await everyRow(db)).map((r) => `${r.table}:${r.json}`).sort();
const notesTotal = async (db: RecordLensDb) => (await db.dailyRollups.toArray()).reduce((s, r) => s + r.notes, 0);

describe('exporting a capture bundle', () => {
  it('is pseudonymised by default: no names, ids, words of notes, comments or page paths', async () => {
    await seededHome();
    const bundle = await exportBundle(home, { now: T0 + 20 * DAY });
    expect(bundle.pseudonymised).toBe(true);
    expect(bundle.home.name).toBe('Oak Lodge');
    expect(bundle.notes).toHaveLength(120);
    expect(bundle.samples).toHaveLength(2);
    expect(bundle.auditCycles).toHaveLength(1);
    expect(bundle.recipes.map((r) => r.id).sort()).toEqual(['harbour-demo', 'willow-demo']);
    const text = JSON.stringify(bundle).toLowerCase();
    for (const secret of ['ada', 'lovelace', 'grace hopper', 'mary seacole', 'rx17', 'rg22', 'jo carer', 'sam senior', 'jo bloggs', 'chose tea']) {
      // As a word: a pseudonym token is random base 32 and may hold "rx17" by chance (about 1 run in 100).
      const at = text.search(new RegExp(`(?<![0-9a-z])${secret}(?![0-9a-z])`));
      expect(at === -1 ? '' : text.slice(at - 40, at + 40), secret).toBe('');
    }
    // Page addresses keep only the care system's origin (a path often holds a resident's id).
    expect(new Set([...bundle.notes, ...bundle.sections].map((r) => r.provenance.url))).toEqual(new Set(['http://127.0.0.1:9/']));
    expect(bundle.notes[0]!.residentName).toMatch(/^Resident [0-9A-Z]{6,10}$/);
    expect(bundle.notes.every((n) => n.text === undefined && n.sourceId === undefined)).toBe(true);
    // Keys still tie records together: every sampled note is a note of the bundle.
    const keys = new Set(bundle.notes.map((n) => n.key));
    expect(bundle.samples.flatMap((s) => s.noteKeys).every((k) => keys.has(k))).toBe(true);
    expect(bundle.auditCycles[0]!.sample.every((r) => keys.has(r.recordKey))).toBe(true);
  });

  it('carries names and words only when they are chosen', async () => {
    await seededHome();
    const bundle = await exportBundle(home, { names: true, now: T0 + 20 * DAY });
    expect(bundle.pseudonymised).toBe(false);
    const text = JSON.stringify(bundle);
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('chose tea');
    expect(CaptureBundleSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('never carries another home it imported, and its home id is stable', async () => {
    await seededHome();
    const first = await exportBundle(home, { now: T0 + 20 * DAY });
    await importBundle(group, JSON.stringify(first));
    const fromGroup = await exportBundle(group, { now: T0 + 21 * DAY });
    expect(fromGroup.notes).toHaveLength(0);
    expect((await exportBundle(group)).home.id).toBe(fromGroup.home.id);
    expect(fromGroup.home).toMatchObject({ name: expect.stringMatching(/^Home [0-9A-Z]{4}$/) });
  });
});

describe('importing capture bundles', () => {
  it('adds the home to every measure, with home as one more segment', async () => {
    await seededHome();
    await seedEveryTable(group, T0);
    await writeSettings(group, { homeName: 'Birch House' });
    const local = await notesTotal(group);
    const result = await importBundle(group, JSON.stringify(await exportBundle(home, { now: T0 + 20 * DAY })));
    expect(result).toMatchObject({ ok: true, status: 'added', home: 'Oak Lodge', counts: { notes: 120, samples: 2, auditCycles: 1 } });
    expect(await notesTotal(group)).toBe(local + 120);
    const { stored, rebuilt } = await rollupsAndRebuild(group);
    expect(stored).toEqual(rebuilt);

    const { inputs } = await loadMeasureInputs(group, T0 + 20 * DAY);
    expect(segmentValues(inputs, 'home')).toEqual(['Birch House', 'Oak Lodge']);
    // Both homes have a Cedar unit: in the organisational view they are two units, not one.
    expect(segmentValues(inputs, 'unit')).toEqual(['Cedar', 'Oak', 'Oak Lodge · Cedar', 'Oak Lodge · Oak']);
    expect(inputs.cycles!.flatMap((c) => c.sample.map((s) => s.segment.unit)).filter((u) => u?.startsWith('Oak Lodge · ')).length).toBeGreaterThan(0);
    const vague = NOTE_MEASURES.find((m) => m.id === 'mean-score')!;
    const table = spreadTable(vague, inputs, { baseline: { start: londonDayKey(T0), end: londonDayKey(T0 + 9 * DAY) }, now: T0 + 20 * DAY });
    const homes = table.rows.filter((r) => r.dimension === 'home');
    // The same seeded records at both homes: the same notes behind each home's baseline.
    expect(homes.map((r) => r.segment)).toEqual(['Birch House', 'Oak Lodge']);
    expect(homes[0]!.baselineDenominator).toBeGreaterThan(100);
    expect(homes[1]!.baselineDenominator).toBe(homes[0]!.baselineDenominator);
    // Care plans are split by home too (their backlog is counted by unit; each unit is one home's).
    const overdue = MEASURES.find((m) => m.id === 'sections-overdue')!;
    const year = (f: object) => pooledFigure(overdue, inputs, f, '2026-01-01', '2026-12-31').denominator;
    expect(year({ home: 'Birch House' })).toBeGreaterThan(0);
    expect(year({ home: 'Oak Lodge' })).toBe(year({ home: 'Birch House' }));
    expect(year({ home: 'Oak Lodge' }) + year({ home: 'Birch House' })).toBe(year({}));
    expect(year({ home: 'Oak Lodge', unit: 'Oak' })).toBe(0);
    expect(year({ home: 'Oak Lodge', unit: 'Oak Lodge · Oak' })).toBe(year({ home: 'Oak Lodge' }));
    // "Delete one care system" names another home's care system with the home.
    expect((await storedSystems(group)).map((s) => s.name)).toEqual(expect.arrayContaining(['Harbour Care Records (demo)', 'Harbour Care Records (demo) at Oak Lodge']));
    // This home alone shows no home segment: one home is no spread.
    const { inputs: alone } = await loadMeasureInputs(home, T0 + 20 * DAY);
    expect(segmentValues(alone, 'home')).toEqual([]);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    await seededHome();
    const text = JSON.stringify(await exportBundle(home, { now: T0 + 20 * DAY }));
    await importBundle(group, text, T0 + 21 * DAY);
    const before = await snapshot(group);
    expect(await importBundle(group, text, T0 + 22 * DAY)).toMatchObject({ ok: true, status: 'unchanged' });
    expect(await snapshot(group)).toEqual(before);
  });

  it('replaces a home with its newer bundle, roll-ups exact, and refuses an older one', async () => {
    await seededHome();
    const older = JSON.stringify(await exportBundle(home, { now: T0 + 20 * DAY }));
    await importBundle(group, older);
    // The home deletes a resident's records, then exports again.
    await purge(home, { kind: 'resident', residentKey: 'harbour-demo|id:RX17' });
    const newer = await exportBundle(home, { now: T0 + 30 * DAY });
    expect(await importBundle(group, JSON.stringify(newer))).toMatchObject({ ok: true, status: 'updated', counts: { notes: newer.notes.length } });
    expect(await group.notes.count()).toBe(newer.notes.length);
    expect(await group.sections.count()).toBe(newer.sections.length);
    expect(await group.samples.count()).toBe(newer.samples.length);
    expect(await notesTotal(group)).toBe(newer.notes.length);
    const { stored, rebuilt } = await rollupsAndRebuild(group);
    expect(stored).toEqual(rebuilt);

    const before = await snapshot(group);
    const refused = await importBundle(group, older);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]).toMatch(/exported later.*is kept/);
    expect(await snapshot(group)).toEqual(before);
  });

  it('refuses a malformed bundle in words and writes nothing', async () => {
    await seededHome();
    const bundle = await exportBundle(home, { now: T0 + 20 * DAY });
    await importBundle(group, JSON.stringify(bundle));
    const before = await snapshot(group);
    const broken = { ...bundle, exportedAt: T0 + 40 * DAY, notes: bundle.notes.map((n, i) => (i === 7 ? { ...n, careAt: 'yesterday' } : n)) };
    const twice = { ...bundle, exportedAt: T0 + 40 * DAY, notes: [...bundle.notes, bundle.notes[0]] };
    for (const text of ['{"format": "record-lens/capture-bundle"', '[1,2,3]', JSON.stringify(broken), JSON.stringify(twice), JSON.stringify({ ...bundle, version: 2 })]) {
      const result = await importBundle(group, text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      expect(await snapshot(group)).toEqual(before);
    }
    const result = await importBundle(group, JSON.stringify(broken));
    expect(!result.ok && result.problems.join(' ')).toContain('notes › 7 › careAt');
  });

  it('goes with everything else when everything is deleted, and the same bundle can then come back', async () => {
    await seededHome();
    const text = JSON.stringify(await exportBundle(home, { now: T0 + 20 * DAY }));
    await importBundle(group, text);
    await writeSettings(group, { homeName: 'Birch House' });
    await purge(group, { kind: 'everything' });
    expect(await heldHomes(group)).toEqual([]);
    expect(await group.notes.count()).toBe(0);
    expect((await readSettings(group)).homeName).toBe('Birch House');
    expect(await importBundle(group, text)).toMatchObject({ ok: true, status: 'added' });
  });

  it("refuses this browser's own home", async () => {
    await seededHome();
    const result = await importBundle(home, JSON.stringify(await exportBundle(home)));
    expect(result).toMatchObject({ ok: false, problems: [expect.stringContaining('own home')] });
  });

  it('keeps homes apart: two homes on the same care system with the same ids', async () => {
    await seededHome('Oak Lodge');
    const oak = await exportBundle(home, { now: T0 + 20 * DAY });
    // A second home whose care system numbers residents the same way (RX17 again).
    const other = await open('bundle-other');
    await seedEveryTable(other, T0);
    await writeSettings(other, { homeName: 'Oak Lodge' });
    const twin = await exportBundle(other, { now: T0 + 20 * DAY });
    await other.delete();
    await importBundle(group, JSON.stringify(oak));
    await importBundle(group, JSON.stringify(twin));
    expect(await group.notes.count()).toBe(240);
    const { inputs } = await loadMeasureInputs(group, T0 + 20 * DAY);
    // Two homes of one name are told apart by the start of their id.
    expect(segmentValues(inputs, 'home')).toHaveLength(3);
    expect(new Set(segmentValues(inputs, 'home')).size).toBe(3);
    expect((await heldHomes(group)).map((h) => h.name)).toEqual(['Oak Lodge', 'Oak Lodge']);
    await removeHome(group, oak.home.id);
    expect(await group.notes.count()).toBe(120);
    expect(await notesTotal(group)).toBe(120);
    expect(await heldHomes(group)).toHaveLength(1);
  });
});
