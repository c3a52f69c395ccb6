/**
 * Bundled into an extension page (real IndexedDB in Chromium): our ingest path next to a raw
 * Dexie bulkPut of the same objects.
 */
import Dexie from 'dexie';
import type { CaptureBatch } from '../../src/messaging/protocol';
import { CaptureBatchSchema } from '../../src/messaging/protocol';
import { RecordLensDb } from '../../src/store/db';
import { ingestCapture } from '../../src/store/ingest';

function notes(n: number, seed: number) {
  const base = Date.parse('2026-01-05T08:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    sourceId: `N${seed}-${i}`,
    residentName: `Resident ${i % 60}`,
    residentId: `R${i % 60}`,
    authorName: `Staff ${i % 40}`,
    authorRole: 'Care Assistant',
    careAt: base + i * 600_000,
    careAtPrecision: 'minute' as const,
    writtenAt: base + i * 600_000 + 900_000,
    writtenAtPrecision: 'minute' as const,
    category: 'Personal care',
    unit: ['Oak', 'Ash', 'Birch', 'Cedar'][i % 4],
    text: i % 3 ? `Helped resident ${i} wash and dress at 08:10; chose the blue cardigan and said the knee felt better.` : 'Settled. No concerns.',
  }));
}

/** The rows the last ingest run stored, for the baseline to write the very same objects. */
let stored: unknown[] = [];

(globalThis as unknown as { __rlStoreBench: object }).__rlStoreBench = {
  /** The real path: zod parse of each message, keys, quality, dedupe, roll-ups, one transaction per batch. */
  async ingest(total: number, batchSize: number, run: number): Promise<number> {
    const db = new RecordLensDb(`bench-ingest-${run}`);
    const all = notes(total, run);
    const t0 = performance.now();
    for (let i = 0; i < total; i += batchSize) {
      const batch: CaptureBatch = CaptureBatchSchema.parse({
        url: 'http://127.0.0.1/harbour/residents/R1/notes', capturedAt: Date.now(), recipeId: 'harbour-demo', recipeVersion: 1,
        pageId: 'daily-notes', matched: { note: batchSize }, notes: all.slice(i, i + batchSize), sections: [], problems: [],
      });
      await ingestCapture(db, batch);
    }
    const ms = performance.now() - t0;
    stored = await db.notes.toArray();
    await db.delete();
    return ms;
  },
  /**
   * The baseline of the budget: the very rows the ingest stored (key, quality, provenance), written
   * with raw Dexie bulkPut, in the same batch sizes, into the same notes table with the same indexes.
   */
  async rawBulkPut(_total: number, batchSize: number, run: number): Promise<number> {
    const db = new RecordLensDb(`bench-raw-${run}`);
    const rows = stored as Parameters<typeof db.notes.bulkPut>[0];
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += batchSize) await db.notes.bulkPut(rows.slice(i, i + batchSize));
    const ms = performance.now() - t0;
    await db.delete();
    return ms;
  },
  /** For comparison only: the extracted notes (smaller, unscored) into a table with no index but its key. */
  async rawBareTable(total: number, batchSize: number, run: number): Promise<number> {
    const db = new Dexie(`bench-bare-${run}`);
    db.version(1).stores({ notes: '&sourceId' });
    const all = notes(total, run);
    const t0 = performance.now();
    for (let i = 0; i < total; i += batchSize) await db.table('notes').bulkPut(all.slice(i, i + batchSize));
    const ms = performance.now() - t0;
    await db.delete();
    return ms;
  },
};
