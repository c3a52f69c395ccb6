import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import type { ExtractedNote } from '../model/note';
import { DEFAULT_QUALITY_CONFIG } from '../quality/config';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { rollupsAndRebuild } from './purge-fixture';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => db.delete());

const T0 = Date.parse('2026-11-23T10:00:00Z'); // a Monday, GMT
const note = (over: Partial<ExtractedNote> = {}): ExtractedNote => ({
  sourceId: 'N1', residentName: 'Margaret Ellis', residentId: 'R001', authorName: 'Jane Smith',
  careAt: T0, careAtPrecision: 'minute', unit: 'Oak', text: 'Settled. No concerns.', ...over,
});
const batch = (over: Partial<CaptureBatch> = {}): CaptureBatch => ({
  url: 'http://127.0.0.1:4810/harbour/residents/R001/notes', capturedAt: T0 + 3600_000,
  recipeId: 'harbour-demo', recipeVersion: 3, pageId: 'daily-notes', matched: { note: 2 },
  notes: [note(), note({ sourceId: 'N2', text: 'Walked to the garden with Sue at 11:00 and chose tea.' })],
  sections: [], problems: [], fieldHits: {}, part: 0, visit: '', ...over,
});
const section = (lastUpdated: number, reviewDue?: number) => ({
  residentName: 'Margaret Ellis', residentId: 'R001', section: 'Mobility', lastUpdated, reviewDue,
});

describe('ingest', () => {
  it('stores each note once, however often it is captured', async () => {
    expect(await ingestCapture(db, batch())).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await ingestCapture(db, batch({ capturedAt: T0 + 7200_000 }))).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await db.notes.count()).toBe(2);
    const rollups = await db.dailyRollups.toArray();
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({ id: '2026-11-23|harbour-demo|Oak|day|weekday|Unknown role', day: '2026-11-23', unit: 'Oak', role: 'Unknown role', notes: 2, flagged: { vague: 1 } });
    // Both notes are about one resident: one resident-day, two notes.
    expect(rollups[0]!.residents).toEqual({ 'harbour-demo|id:R001': 2 });
    expect(await db.snapshots.count()).toBe(2);
  });

  it('keeps provenance and the quality result with every note', async () => {
    await ingestCapture(db, batch(), 42);
    const stored = await db.notes.get('harbour-demo|id:R001|id:N1');
    expect(stored?.provenance).toEqual({
      system: 'harbour-demo', url: 'http://127.0.0.1:4810/harbour/residents/R001/notes',
      capturedAt: T0 + 3600_000, recipeId: 'harbour-demo', recipeVersion: 3,
    });
    expect(stored?.quality.rulesVersion).toBe(DEFAULT_QUALITY_CONFIG.version);
    expect(stored?.quality.flags.map((f) => f.rule)).toContain('vague');
    expect(stored?.quality.flags.find((f) => f.rule === 'vague')?.reason).toBe('100% of this note is stock phrases with nothing specific.');
    expect((await db.snapshots.toArray())[0]).toMatchObject({ tabId: 42, stored: { added: 2 } });
  });

  it('keys a note without an id by who, when and what, so two tabs store it once', async () => {
    const noId = batch({ notes: [note({ sourceId: undefined })] });
    await Promise.all([ingestCapture(db, noId, 1), ingestCapture(db, noId, 2)]);
    expect(await db.notes.count()).toBe(1);
    expect((await db.dailyRollups.toArray())[0]?.notes).toBe(1);
  });

  it('stores one page captured by two tabs at once exactly once: notes with ids, sections, history rows, audit answers', async () => {
    const ev = (type: 'update' | 'review', at: number) => ({ residentName: 'Margaret Ellis', residentId: 'R001', unit: 'Oak', section: 'Mobility', type, at });
    const audit = { form: 'Monthly notes audit', criterion: 'Outcome recorded', answer: 'yes' as const, at: T0 - 86_400_000, unit: 'Oak', auditorRole: 'Deputy manager' };
    const page = batch({
      notes: [note(), note({ sourceId: 'N2', careAt: T0 - 3_600_000, text: 'All fine.' })],
      sections: [section(Date.parse('2026-11-01T00:00:00Z'))],
      events: [ev('update', T0 - 2 * 86_400_000), ev('review', T0 - 86_400_000)],
      audits: [audit],
      matched: { note: 2, carePlanSection: 1, carePlanEvent: 2, auditAnswer: 1 },
    });
    // Two tabs (42 and 43) reading the same page in the same moment, and a third a second later.
    await Promise.all([ingestCapture(db, page, 42), ingestCapture(db, page, 43), ingestCapture(db, { ...page, capturedAt: T0 + 1000 }, 44)]);
    expect(await db.notes.count()).toBe(2);
    expect(await db.sections.count()).toBe(1);
    expect(await db.sectionHistory.count()).toBe(1);
    expect(await db.carePlanEvents.count()).toBe(2);
    expect(await db.careSystemAudits.count()).toBe(1);
    const rollups = await db.dailyRollups.toArray();
    expect(rollups.reduce((n, r) => n + r.notes, 0)).toBe(2);
    expect(rollups.flatMap((r) => Object.values(r.residents)).reduce((a, b) => a + b, 0)).toBe(2);
    expect(await db.snapshots.count()).toBe(3);
  });

  it('updates an edited note and moves its roll-up counts instead of double counting', async () => {
    await ingestCapture(db, batch());
    const edited = batch({ notes: [note({ text: 'Settled after tea; asked for her radio and listened to the news.' })] });
    expect(await ingestCapture(db, edited)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const [r] = await db.dailyRollups.toArray();
    expect([r?.notes, r?.flagged.vague]).toEqual([2, 0]);
    expect(r?.residents).toEqual({ 'harbour-demo|id:R001': 2 });
    // Counted by member of staff too, without the old flags left behind.
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    expect(stored.staff.flatMap((d) => d.staff).reduce((s, c) => s + c.notes, 0)).toBe(2);
  });

  it('puts a night note on a weekend in its own segment, by London time', async () => {
    const sat = Date.parse('2026-07-04T21:30:00Z'); // Saturday 22:30 BST
    await ingestCapture(db, batch({ notes: [note({ careAt: sat })] }));
    expect((await db.dailyRollups.toArray())[0]?.id).toBe('2026-07-04|harbour-demo|Oak|night|weekend|Unknown role');
  });

  it('adds a history row whenever a care-plan section changes, and none when it does not', async () => {
    const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
    await ingestCapture(db, batch({ notes: [], sections: [section(d('2026-10-12'), d('2026-11-09'))] }));
    await ingestCapture(db, batch({ notes: [], capturedAt: T0 + 2 * 3600_000, sections: [section(d('2026-10-12'), d('2026-11-09'))] }));
    // Later the same day the page shows a new update: the later state wins, both are history.
    await ingestCapture(db, batch({ notes: [], capturedAt: T0 + 5 * 3600_000, sections: [section(d('2026-11-23'), d('2026-12-21'))] }));
    const history = await db.sectionHistory.orderBy('seenAt').toArray();
    expect(history.map((h) => h.lastUpdated)).toEqual([d('2026-10-12'), d('2026-11-23')]);
    const current = await db.sections.toArray();
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ lastUpdated: d('2026-11-23'), firstSeenAt: T0 + 3600_000, lastSeenAt: T0 + 5 * 3600_000 });
  });

  it('never lets an older capture overwrite a newer section state, but keeps it in history once', async () => {
    const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
    await ingestCapture(db, batch({ notes: [], capturedAt: T0 + 9e6, sections: [section(d('2026-11-23'))] }));
    const stale = batch({ notes: [], capturedAt: T0, sections: [section(d('2026-10-12'))] });
    await ingestCapture(db, stale);
    await ingestCapture(db, stale);
    expect((await db.sections.toArray())[0]?.lastUpdated).toBe(d('2026-11-23'));
    expect(await db.sectionHistory.count()).toBe(2);
  });

  it('marks a section gone when a whole reading of the plan no longer shows it, and clears that if it returns', async () => {
    const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
    const other = { ...section(d('2026-10-01')), section: 'Nutrition' };
    const plan = (at: number, sections: ReturnType<typeof section>[]) =>
      batch({ notes: [], capturedAt: at, pageId: 'care-plan', matched: { carePlanSection: sections.length }, sections });
    await ingestCapture(db, plan(T0, [section(d('2026-10-12')), other]));
    // A partial reading (one section could not be read) says nothing about what is gone.
    await ingestCapture(db, batch({ notes: [], capturedAt: T0 + 1000, pageId: 'care-plan', matched: { carePlanSection: 2 }, sections: [section(d('2026-10-12'))] }));
    expect((await db.sections.toArray()).every((s) => s.goneAt === undefined)).toBe(true);
    await ingestCapture(db, plan(T0 + 2000, [section(d('2026-10-12'))]));
    expect((await db.sections.toArray()).find((s) => s.section === 'Nutrition')?.goneAt).toBe(T0 + 2000);
    await ingestCapture(db, plan(T0 + 3000, [section(d('2026-10-12')), other]));
    expect((await db.sections.toArray()).find((s) => s.section === 'Nutrition')?.goneAt).toBeUndefined();
  });

  it('stores each row of a care plan history table once, keyed to its section', async () => {
    const ev = (type: 'update' | 'review' | 'change-in-need', at: number) => ({ residentName: 'Margaret Ellis', residentId: 'R001', unit: 'Oak', section: 'Mobility', type, at });
    const events = [ev('change-in-need', T0 - 9 * 86_400_000), ev('update', T0 - 2 * 86_400_000), ev('review', T0 - 86_400_000)];
    const first = await ingestCapture(db, batch({ notes: [], pageId: 'care-plan', matched: { carePlanEvent: 3 }, events }));
    expect(first.added).toBe(3);
    const again = await ingestCapture(db, batch({ notes: [], capturedAt: T0 + 7200_000, pageId: 'care-plan', matched: { carePlanEvent: 3 }, events }));
    expect(again).toMatchObject({ added: 0, unchanged: 3 });
    const stored = await db.carePlanEvents.orderBy('at').toArray();
    expect(stored.map((e) => e.type)).toEqual(['change-in-need', 'update', 'review']);
    expect(stored[0]).toMatchObject({ sectionKey: 'harbour-demo|id:R001|mobility', residentKey: 'harbour-demo|id:R001', source: 'page-history' });
    expect(stored[0]!.provenance.url).toContain('/harbour/');
  });

  it("stores the care system's own audit answers once per unit, and a corrected answer replaces the old", async () => {
    const row = (unit: string, answer: 'yes' | 'no') => ({ form: 'Monthly notes audit', criterion: 'Outcome recorded', answer, at: T0 - 86_400_000, unit, auditorRole: 'Deputy manager' });
    const audits = (answer: 'yes' | 'no') => batch({ notes: [], pageId: 'audits', matched: { auditAnswer: 2 }, audits: [row('Oak', answer), row('Cedar', 'yes')] });
    expect((await ingestCapture(db, audits('no'))).added).toBe(2);
    expect(await ingestCapture(db, audits('no'))).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await ingestCapture(db, audits('yes'))).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const stored = await db.careSystemAudits.toArray();
    expect(stored.map((a) => `${a.unit}:${a.answer}`).sort()).toEqual(['Cedar:yes', 'Oak:yes']);
  });

  it('writes nothing at all when any part of the batch fails (one transaction)', async () => {
    db.sectionHistory.hook('creating', () => {
      throw new Error('disk full');
    });
    const both = batch({ sections: [section(T0)] });
    await expect(ingestCapture(db, both)).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
    expect(await db.dailyRollups.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('ingest of relative times', () => {
  it('treats "logged 3 hours ago" read an hour later as the same note, not an edit', async () => {
    const rel = (writtenAt: number) => note({ writtenAt, writtenAtPrecision: 'hour' });
    await ingestCapture(db, batch({ notes: [rel(T0 - 3 * 3600_000)] }));
    const again = await ingestCapture(db, batch({ capturedAt: T0 + 2 * 3600_000, notes: [rel(T0 - 2.2 * 3600_000)] }));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 1 });
    // A minute-precise time that changes is a real edit.
    const edited = await ingestCapture(db, batch({ notes: [note({ careAt: T0 + 60_000, writtenAt: T0 - 2.2 * 3600_000, writtenAtPrecision: 'hour' })] }));
    expect(edited.updated).toBe(1);
  });
});

describe('ingest of minute-precise times', () => {
  it('takes "25 minutes ago" re-read a minute later as the same time, but a changed written minute as an edit', async () => {
    const rel = (writtenAt: number) => note({ writtenAt, writtenAtPrecision: 'minute' });
    await ingestCapture(db, batch({ notes: [rel(T0 - 25 * 60_000 + 17_000)] }));
    expect(await ingestCapture(db, batch({ notes: [rel(T0 - 25 * 60_000 + 42_000)] }))).toMatchObject({ unchanged: 1 });
    expect(await ingestCapture(db, batch({ notes: [rel(T0 - 24 * 60_000 + 17_000)] }))).toMatchObject({ updated: 1 });
  });
});

describe('ingest scores notes in context', () => {
  it('finds a copy even when its source arrives later (history capture walks backwards), and moves the roll-ups', async () => {
    const text = 'Supported Margaret with a full wash in the bathroom, she chose her floral dress and said she wanted to go to the garden later.';
    await ingestCapture(db, batch({ notes: [note({ sourceId: 'today', text, careAt: T0 })] }));
    let today = await db.notes.get('harbour-demo|id:R001|id:today');
    expect(today?.quality.flags.map((f) => f.rule)).not.toContain('copied-forward');
    await ingestCapture(db, batch({ notes: [note({ sourceId: 'yesterday', text, careAt: T0 - 86_400_000 })] }));
    today = await db.notes.get('harbour-demo|id:R001|id:today');
    const flag = today?.quality.flags.find((f) => f.rule === 'copied-forward');
    expect(flag?.source).toEqual({ key: 'harbour-demo|id:R001|id:yesterday', sameAuthor: true });
    const rollups = await db.dailyRollups.toArray();
    expect(rollups.reduce((s, r) => s + (r.flagged['copied-forward'] ?? 0), 0)).toBe(1);
    expect(rollups.reduce((s, r) => s + r.notes, 0)).toBe(2);
  });
});
