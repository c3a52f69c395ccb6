import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAILY_NOTES_AUDIT } from '../audit/builtin-templates';
import type { CaptureBatch } from '../messaging/protocol';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { beginCycle, closeAuditCycle, openAuditCycle, saveAuditAnswers } from './audits';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`audits-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.parse('2026-11-02T09:00:00Z'); // Monday
const notes = Array.from({ length: 40 }, (_, i) => ({
  sourceId: `N${i}`, residentName: `Resident ${i % 4}`, residentId: `R${i % 4}`, authorName: 'Jo', authorRole: 'Carer',
  careAt: T0 + i * 7 * 3_600_000, careAtPrecision: 'minute' as const, unit: i % 2 ? 'Oak' : 'Cedar', text: `Note ${i}: Ada chose tea and said she felt well.`,
}));
const batch: CaptureBatch = {
  url: 'http://127.0.0.1/h', capturedAt: T0 + 20 * 86_400_000, recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: 40 },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: '', notes,
};
const begin = (seed: number) =>
  beginCycle(db, { template: DAILY_NOTES_AUDIT, periodStart: '2026-11-02', periodEnd: '2026-11-08', sampleSize: 8, scheduled: false, auditor: { role: 'Quality lead' }, seed, now: T0 });

describe('audit cycles in the store', () => {
  it('samples only the period, stratified, and the same seed gives the same sample', async () => {
    await ingestCapture(db, batch);
    const a = await begin(7);
    // 2 Nov 09:00 to the end of 8 Nov holds the first 23 notes (7 hours apart, i = 0..22).
    expect(a.frame.population).toBe(23);
    expect(a.sample).toHaveLength(8);
    expect(new Set(a.sample.map((s) => s.segment.unit))).toEqual(new Set(['Oak', 'Cedar']));
    await closeAuditCycle(db, a.id!, T0).catch(() => undefined);
    await db.auditCycles.clear();
    const b = await begin(7);
    expect(b.sample).toEqual(a.sample);
    await expect(begin(8)).rejects.toThrow(/already open/);
  });

  it('saves answers as given, refuses one that does not fit, and closes the cycle', async () => {
    await ingestCapture(db, batch);
    const c = await begin(3);
    const key = c.sample[0]!.recordKey;
    await saveAuditAnswers(db, c.id!, key, [{ criterionId: 'specific', value: 'partly', answeredAt: T0 }]);
    await expect(saveAuditAnswers(db, c.id!, key, [{ criterionId: 'specific', value: 7, answeredAt: T0 }])).rejects.toThrow();
    expect((await openAuditCycle(db))!.answers[key]).toEqual([{ criterionId: 'specific', value: 'partly', answeredAt: T0 }]);
    const closed = await closeAuditCycle(db, c.id!, T0 + 1);
    expect(closed.status).toBe('closed');
    expect(await openAuditCycle(db)).toBeUndefined();
  });

  it('says so when the period holds no records', async () => {
    await expect(
      beginCycle(db, { template: DAILY_NOTES_AUDIT, periodStart: '2025-01-01', periodEnd: '2025-01-31', sampleSize: 5, scheduled: true, auditor: { role: 'Quality lead' }, seed: 1, now: T0 }),
    ).rejects.toThrow(/nothing to sample/);
  });
});
