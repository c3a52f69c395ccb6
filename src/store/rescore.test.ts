import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import { DEFAULT_QUALITY_CONFIG } from '../quality/config';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { rollupsAndRebuild } from './purge-fixture';
import { readQualityConfig, writeQualityConfig } from './quality-config';
import { rescoreAll } from './rescore';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`rescore-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.parse('2026-11-23T10:00:00Z');
const batch = (resident: string, texts: string[]): CaptureBatch => ({
  url: 'http://127.0.0.1/h', capturedAt: T0, recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: texts.length },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: '',
  notes: texts.map((text, i) => ({ sourceId: `${resident}-${i}`, residentName: resident, residentId: resident, authorName: 'Jo', authorRole: 'Carer', careAt: T0 + i * 3_600_000, careAtPrecision: 'minute' as const, writtenAt: T0 + i * 3_600_000 + 600_000, writtenAtPrecision: 'minute' as const, unit: 'Oak', text })),
});

describe('provider-adjusted rules and re-scoring history', () => {
  it('saves changed rules as a new version, and identical rules as no change', async () => {
    expect(await readQualityConfig(db)).toEqual(DEFAULT_QUALITY_CONFIG);
    const v = await writeQualityConfig(db, { ...DEFAULT_QUALITY_CONFIG, vagueShare: 0.3 });
    expect(v.version).toBe(DEFAULT_QUALITY_CONFIG.version + 1);
    expect((await writeQualityConfig(db, v)).version).toBe(v.version);
    await expect(writeQualityConfig(db, { ...v, lateHours: -3 })).rejects.toThrow();
  });

  it('scores new captures with the saved rules, and re-scores history with progress, moving the roll-ups', async () => {
    const texts = ['Settled after tea, then watched the snooker with Bill.', 'Settled, quiet, watched TV with Bill.'];
    await ingestCapture(db, batch('R1', texts));
    await ingestCapture(db, batch('R2', texts));
    const vague = async () => (await db.dailyRollups.toArray()).reduce((s, r) => s + (r.flagged.vague ?? 0), 0);
    expect(await vague()).toBe(0);

    const strict = await writeQualityConfig(db, { ...DEFAULT_QUALITY_CONFIG, vagueShare: 0.15 });
    const seen: number[] = [];
    const done = await rescoreAll(db, strict, (p) => seen.push(p.residentsDone));
    expect(seen).toEqual([1, 2]);
    expect(done).toMatchObject({ residents: 2, notesChanged: 4 });
    expect((await db.notes.toArray()).every((x) => x.quality.rulesVersion === strict.version)).toBe(true);
    expect(await vague()).toBe(2);
    expect((await db.dailyRollups.toArray()).reduce((s, r) => s + r.notes, 0)).toBe(4);
    // The counts by member of staff moved with them: the same as counting the notes afresh.
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    expect(stored.staff.flatMap((d) => d.staff).filter((c) => c.flags.includes('vague')).reduce((s, c) => s + c.notes, 0)).toBe(2);
    // Run again (as after an interruption): nothing left to do.
    expect((await rescoreAll(db, strict)).notesChanged).toBe(0);
  });
});
