import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import { setBaseline } from './baseline';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { readSettings } from './settings';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`baseline-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.parse('2026-03-02T10:00:00Z'); // Monday 2 March, 10:00 London
const notes = (from: number, count: number, vague: boolean): CaptureBatch => ({
  url: 'http://127.0.0.1/h', capturedAt: Date.parse('2026-11-01T10:00:00Z'), recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: count },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: '',
  notes: Array.from({ length: count }, (_, i) => ({
    sourceId: `N${from + i}`, residentName: 'Ada Lovelace', residentId: 'R1', authorName: 'Jo', authorRole: 'Carer',
    careAt: T0 + (from + i) * 3_600_000, careAtPrecision: 'minute' as const, writtenAt: T0 + (from + i) * 3_600_000 + 600_000, writtenAtPrecision: 'minute' as const,
    unit: 'Oak', text: vague ? 'All fine, settled.' : `Ada chose porridge at ${i} o'clock and told me she slept well; she smiled and asked for her sister to visit.`,
  })),
});
const baseline = { start: '2026-03-01', end: '2026-03-31' };

describe('setting the baseline', () => {
  it('chosen before any record of the period is held (at install), fixes nothing until there is something to fix', async () => {
    await setBaseline(db, { baseline, interventions: [] }, Date.parse('2026-11-02T09:00:00Z'));
    expect((await readSettings(db)).baseline).toEqual(baseline);
    expect((await readSettings(db)).baselineFigures).toBeUndefined();
    // Once the period is read (a history capture), saving again freezes from those records.
    await ingestCapture(db, notes(0, 10, true));
    await setBaseline(db, { baseline, interventions: [] }, Date.parse('2026-11-03T09:00:00Z'));
    expect((await readSettings(db)).baselineFigures!.figures['vague|all']).toMatchObject({ value: 1, denominator: 10 });
  });

  it('freezes its figures; later captures for the period do not move them until the manager freezes again', async () => {
    await ingestCapture(db, notes(0, 10, false));
    await setBaseline(db, { baseline, interventions: [] }, Date.parse('2026-11-02T09:00:00Z'));
    const first = (await readSettings(db)).baselineFigures!;
    expect(first.frozenAt).toBe(Date.parse('2026-11-02T09:00:00Z'));
    expect(first.figures['vague|all']).toMatchObject({ value: 0, denominator: 10 });

    // A history capture later brings in ten vague notes from the same March days.
    await ingestCapture(db, notes(10, 10, true));
    // Saving the same baseline again (e.g. adding an intervention) keeps the frozen figures.
    await setBaseline(db, { baseline, interventions: [{ day: '2026-04-01', label: 'Coaching' }] }, Date.parse('2026-11-03T09:00:00Z'));
    const kept = await readSettings(db);
    expect(kept.baselineFigures).toEqual(first);
    expect(kept.interventions).toHaveLength(1);

    // Freezing again, on purpose, takes the records held now.
    await setBaseline(db, { baseline, interventions: kept.interventions }, Date.parse('2026-11-04T09:00:00Z'), true);
    expect((await readSettings(db)).baselineFigures!.figures['vague|all']).toMatchObject({ value: 0.5, denominator: 20 });
  });

  it('freezes anew when the period changes', async () => {
    await ingestCapture(db, notes(0, 10, false));
    await setBaseline(db, { baseline, interventions: [] }, 1);
    await setBaseline(db, { baseline: { start: '2026-03-02', end: '2026-03-02' }, interventions: [] }, 2);
    const s = await readSettings(db);
    expect(s.baselineFigures).toMatchObject({ frozenAt: 2, start: '2026-03-02', end: '2026-03-02' });
  });
});
