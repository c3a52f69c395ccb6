import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`health-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const URL = 'http://127.0.0.1/willow/residents/R003';
const capture = (matched: number, at: number, visit = `v${at}`): CaptureBatch => ({
  url: URL, capturedAt: at, visit, recipeId: 'willow-demo', recipeVersion: 1, pageId: 'notes-feed', matched: { note: matched },
  notes: [], sections: [], problems: [], fieldHits: { 'note.text': matched }, part: 0,
});

describe('recipe health in the store', () => {
  it('does not call a fresh visit to a feed "far fewer", however long it was scrolled before', async () => {
    let t = 1;
    // Two visits that were scrolled far (one read in one go), then a fresh visit shows 30.
    await ingestCapture(db, capture(180, t++, 'a'));
    for (const m of [30, 60, 90, 120, 150, 180]) await ingestCapture(db, capture(m, t++, 'b'));
    for (let i = 0; i < 12; i++) await ingestCapture(db, capture(180, t++, 'b'));
    expect(await ingestCapture(db, capture(30, t++, 'c'))).not.toHaveProperty('degraded');
  });

  it('does flag a page that always showed the same number now showing far fewer, and keeps the snapshot as degraded', async () => {
    await ingestCapture(db, capture(50, 1));
    await ingestCapture(db, capture(50, 2));
    const r = await ingestCapture(db, capture(4, 3));
    expect(r.degraded).toBe('Found 4 records where the same page showed 50 before.');
    const last = await db.snapshots.orderBy('capturedAt').last();
    expect(last?.health).toMatchObject({ status: 'degraded' });
    expect((await db.pageHealth.get('willow-demo|notes-feed'))?.since).toBe(3);
  });
});
