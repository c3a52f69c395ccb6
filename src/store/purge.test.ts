import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { londonMidnight } from '../extract/dates/london-time';
import { ADA_KEY, everyRow, rollupsAndRebuild, seedEveryTable } from './purge-fixture';
import { previewPurge, purge } from './purge';
import { nothingMatched, purgeWords } from './purge-words';
import { readSettings, writeSettings } from './settings';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`purge-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z'); // a Monday, London winter time
const countOf = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
const notesOf = async (residentKey: string) => db.notes.where('residentKey').equals(residentKey).count();
/** Mary has no id on the Willow pages: her key holds a token of her name, never the name. */
const maryKey = async () => (await db.notes.where('provenance.system').equals('willow-demo').first())!.residentKey;

describe('purge one resident', () => {
  it('leaves no row in any table and no index entry naming them, and leaves everyone else exact', async () => {
    const { adaNoteKeys } = await seedEveryTable(db, T0);
    const grace = await notesOf('harbour-demo|id:RG22');
    const mary = await notesOf(await maryKey());
    expect((await everyRow(db)).filter((r) => r.json.includes('rx17')).map((r) => r.table)).toEqual(
      expect.arrayContaining(['notes', 'sections', 'sectionHistory', 'carePlanEvents', 'careSystemAudits', 'snapshots', 'dailyRollups', 'samples', 'auditCycles', 'historyJobs']),
    );

    // Before: the shared page's sample and the audit cycle judged both residents' notes.
    const shared = (await db.samples.toArray()).find((x) => x.url.endsWith('/units/oak'))!;
    expect(new Set(shared.judgements.map((j) => j.noteKey.split('|')[1]))).toEqual(new Set(['id:RX17', 'id:RG22']));
    const sampled = (await db.auditCycles.toArray())[0]!.sample.map((x) => x.recordKey.split('|')[1]);
    expect(sampled).toEqual(expect.arrayContaining(['id:RX17', 'id:RG22']));

    const result = await purge(db, { kind: 'resident', residentKey: ADA_KEY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts.deleted).toMatchObject({ notes: 40, sections: 2, sectionHistory: 4, carePlanEvents: 2, careSystemAudits: 2, historyJobs: 1 });
    // Ada's own pages' captures go; the shared unit page keeps its capture without her excerpt.
    expect(result.counts.deleted.snapshots).toBe(3);
    expect(result.counts.changed.snapshots).toBe(1);

    // (a) no trace in any row of any table: key, id or name.
    for (const needle of [ADA_KEY, 'rx17', 'ada lovelace', 'ada chose']) {
      expect((await everyRow(db)).filter((r) => r.json.includes(needle.toLowerCase())).map((r) => r.table), needle).toEqual([]);
    }
    // (b) no index finds them.
    expect(await notesOf(ADA_KEY)).toBe(0);
    expect(await db.notes.where('[residentKey+careAt]').between([ADA_KEY, Dexie.minKey], [ADA_KEY, Dexie.maxKey]).count()).toBe(0);
    expect(await db.sections.where('residentKey').equals(ADA_KEY).count()).toBe(0);
    expect(await db.carePlanEvents.where('residentKey').equals(ADA_KEY).count()).toBe(0);
    expect(await db.sectionHistory.where('sectionKey').startsWith(`${ADA_KEY}|`).count()).toBe(0);
    expect(await db.notes.bulkGet(adaNoteKeys)).toEqual(adaNoteKeys.map(() => undefined));
    // (c) everyone else intact, and the roll-ups equal a rebuild from the notes left.
    expect(await notesOf('harbour-demo|id:RG22')).toBe(grace);
    expect(await notesOf(await maryKey())).toBe(mary);
    expect(await db.sections.where('residentKey').equals('harbour-demo|id:RG22').count()).toBe(2);
    expect((await db.careSystemAudits.toArray()).map((a) => a.criterion).sort()).toEqual(['Outcome', 'Signed']);
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    expect(stored.daily.reduce((s, r) => s + r.notes, 0)).toBe(grace + mary);
    expect(stored.staff.flatMap((d) => d.staff).reduce((s, c) => s + c.notes, 0)).toBe(grace + mary);
    // The shared-page sample keeps Grace's judgements; the sample of Ada's own page is gone.
    const samples = await db.samples.toArray();
    expect(samples).toHaveLength(1);
    expect(samples[0]!.judgements.every((j) => j.noteKey.startsWith('harbour-demo|id:RG22|'))).toBe(true);
    expect(samples[0]!.judgements.length).toBe(samples[0]!.noteKeys.length);
    const [cycle] = await db.auditCycles.toArray();
    expect(cycle!.sample.length).toBeGreaterThan(0);
    expect(Object.keys(cycle!.answers).sort()).toEqual(cycle!.sample.map((s) => s.recordKey).sort());
  });

  it('finds a resident known only by name, and nobody who merely shares the first letters of an id', async () => {
    await seedEveryTable(db, T0);
    const before = await countOf();
    const key = await maryKey();
    expect(key).toMatch(/^willow-demo\|n:[0-9A-Z]{16}$/);
    const result = await purge(db, { kind: 'resident', residentKey: key });
    expect(result.ok && result.counts.deleted.notes).toBe(40);
    expect((await everyRow(db)).filter((r) => r.json.includes('mary seacole')).map((r) => r.table)).toEqual([]);
    expect(await db.notes.count()).toBe(before.notes! - 40);
    // "RX1" is not "RX17": a resident that does not exist deletes nothing at all.
    const none = await purge(db, { kind: 'resident', residentKey: 'harbour-demo|id:RX1' });
    expect(none.ok && Object.values(none.counts.deleted).every((c) => c === 0) && Object.values(none.counts.changed).every((c) => c === 0)).toBe(true);
  });
});

describe('purge a span of days', () => {
  it('removes every record dated in the span, by time of care, and keeps the days around it exact', async () => {
    await seedEveryTable(db, T0);
    const outside = (await db.notes.toArray()).filter((n) => n.careAt < londonMidnight({ year: 2026, month: 3, day: 4 }) || n.careAt >= londonMidnight({ year: 2026, month: 3, day: 7 })).length;
    const result = await purge(db, { kind: 'range', from: '2026-03-04', to: '2026-03-06' });
    expect(result.ok).toBe(true);
    const start = londonMidnight({ year: 2026, month: 3, day: 4 });
    const end = londonMidnight({ year: 2026, month: 3, day: 7 });
    // 3 days × 4 notes × 3 residents.
    expect(result.ok && result.counts.deleted.notes).toBe(36);
    expect(await db.notes.where('careAt').between(start, end, true, false).count()).toBe(0);
    expect(await db.carePlanEvents.where('at').between(start, end, true, false).count()).toBe(0);
    expect(await db.careSystemAudits.where('at').between(start, end, true, false).count()).toBe(0);
    expect(await db.dailyRollups.where('day').between('2026-03-04', '2026-03-06', true, true).count()).toBe(0);
    expect(await db.notes.count()).toBe(outside);
    for (const s of await db.samples.toArray()) expect(s.judgements.filter((j) => j.careAt >= start && j.careAt < end)).toEqual([]);
    const left = new Set((await db.notes.toCollection().primaryKeys()).map(String));
    for (const c of await db.auditCycles.toArray()) for (const s of c.sample) expect(left.has(s.recordKey)).toBe(true);
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    // The captures were made after the span: they stay (the span is of care, not of capture).
    expect(result.ok && result.counts.deleted.snapshots).toBe(0);
  });

  it('refuses a span that ends before it starts, in words, and deletes nothing', async () => {
    await seedEveryTable(db, T0);
    const before = await countOf();
    expect(await purge(db, { kind: 'range', from: '2026-03-06', to: '2026-03-04' })).toEqual({ ok: false, problems: ['The last day must be on or after the first day.'] });
    expect((await purge(db, { kind: 'range', from: '6 March', to: '2026-03-04' })).ok).toBe(false);
    expect(await countOf()).toEqual(before);
  });
});

describe('purge a care system', () => {
  it('leaves nothing of that system in any table or index, and the other system exact', async () => {
    await seedEveryTable(db, T0);
    const willow = await db.notes.where('provenance.system').equals('willow-demo').count();
    const result = await purge(db, { kind: 'system', system: 'harbour-demo' });
    expect(result.ok && result.counts.deleted.notes).toBe(80);
    expect((await everyRow(db)).filter((r) => r.json.includes('harbour')).map((r) => r.table)).toEqual([]);
    expect(await db.notes.where('provenance.system').equals('harbour-demo').count()).toBe(0);
    expect(await db.pageHealth.where('recipeId').equals('harbour-demo').count()).toBe(0);
    expect(await db.sections.count()).toBe(0);
    expect(await db.notes.count()).toBe(willow);
    expect(await db.historyJobs.count()).toBe(1);
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    // The audit cycle sampled notes of both systems: what is left of it is Willow's.
    for (const c of await db.auditCycles.toArray()) expect(c.sample.every((s) => s.recordKey.startsWith('willow-demo|'))).toBe(true);
  });
});

describe('purge everything', () => {
  it('empties every table of records, keeps recipes, templates and how the user works, and resets the rest', async () => {
    await seedEveryTable(db, T0);
    await writeSettings(db, { measureTargets: { vague: 0.1 } });
    const preview = await previewPurge(db, { kind: 'everything' });
    const before = await countOf();
    const result = await purge(db, { kind: 'everything' });
    expect(result).toEqual(preview);
    expect(result.ok && result.counts.deleted.notes).toBe(before.notes);
    const after = await countOf();
    for (const t of ['notes', 'sections', 'sectionHistory', 'snapshots', 'dailyRollups', 'pageHealth', 'historyJobs', 'samples', 'carePlanEvents', 'auditCycles', 'careSystemAudits']) {
      expect(after[t], t).toBe(0);
    }
    const settings = await readSettings(db);
    expect(settings.retentionMonths).toBe(18);
    expect(settings.measureTargets).toEqual({ vague: 0.1 }); // how the provider works, not records
    expect(settings.reviewer).toBeUndefined();
    expect(settings.interventions).toEqual([]);
    expect((await everyRow(db)).filter((r) => /ada|grace|mary|jo bloggs/.test(r.json))).toEqual([]);
  });
});

describe('preview and safety', () => {
  it('says what a purge would delete without deleting anything, and matches the purge', async () => {
    await seedEveryTable(db, T0);
    const before = await countOf();
    const preview = await previewPurge(db, { kind: 'resident', residentKey: ADA_KEY });
    expect(await countOf()).toEqual(before);
    expect(await purge(db, { kind: 'resident', residentKey: ADA_KEY })).toEqual(preview);
  });

  it('changes nothing at all when any part fails (one transaction)', async () => {
    await seedEveryTable(db, T0 + DAY);
    const before = await countOf();
    db.samples.hook('deleting', () => {
      throw new Error('disk went away');
    });
    await expect(purge(db, { kind: 'resident', residentKey: ADA_KEY })).rejects.toThrow();
    expect(await countOf()).toEqual(before);
    expect(await notesOf(ADA_KEY)).toBe(40);
  });
});

describe('what a purge says it deleted', () => {
  it('names each kind of record with its count, in words, and what was kept with parts taken out', async () => {
    await seedEveryTable(db, T0);
    const result = await purge(db, { kind: 'resident', residentKey: ADA_KEY });
    if (!result.ok) throw new Error('purge refused');
    const words = purgeWords(result.counts);
    expect(words.deleted).toEqual(expect.arrayContaining(['40 notes', '2 care-plan sections', '2 care-plan events', "2 answers from the care system's own audits", '1 history capture', '1 sample']));
    expect(words.changed).toEqual(expect.arrayContaining(['1 record of a page being read', '1 sample', '1 audit cycle']));
    expect(nothingMatched(result.counts)).toBe(false);
  });
});
