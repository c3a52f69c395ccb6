/**
 * Bundled into an extension page (real IndexedDB in Chromium): a year of the demo home's notes
 * stored as the product stores them (already scored, with their daily roll-ups), then re-scored
 * with `rescoreAll` after a rules change, next to scoring the same notes in memory.
 */
import { generateCareData } from '../care-systems/generator/index';
import type { Note } from '../../src/model/note';
import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from '../../src/quality/config';
import { assessNotes } from '../../src/quality/engine';
import { RecordLensDb } from '../../src/store/db';
import { RollupDelta } from '../../src/store/note-rollup';
import { storedDemoNotes } from './demo-notes';
import { rescoreAll } from '../../src/store/rescore';

const WRITE_CHUNK = 10_000;

let db: RecordLensDb | undefined;
let notes: Note[] = [];
let residents = 0;
/** Each re-score run is a rules change: a version no stored note has yet. */
let version = DEFAULT_QUALITY_CONFIG.version;
const nextConfig = (): QualityConfig => ({ ...DEFAULT_QUALITY_CONFIG, version: ++version });

(globalThis as unknown as { __rlRescoreBench: object }).__rlRescoreBench = {
  /**
   * Generates the demo home's notes (same seed and clock as the care system the bench serves),
   * keeps the first `limit` (all when 0), and writes them with raw bulkPuts, already scored under
   * the current rules, with matching roll-ups. Returns the number of notes and residents stored.
   */
  async fill(seed: number, now: number, limit: number, run: number, name = `bench-rescore-${run}`): Promise<{ notes: number; residents: number; ms: number }> {
    const t0 = performance.now();
    const data = generateCareData({ seed, now });
    const source = limit ? data.notes.slice(0, limit) : data.notes;
    notes = storedDemoNotes(data, source, now, version);
    residents = new Set(notes.map((n) => n.residentKey)).size;
    const rollups = new RollupDelta();
    for (const n of notes) rollups.add(n, 1);

    db = new RecordLensDb(name);
    await db.open();
    for (let i = 0; i < notes.length; i += WRITE_CHUNK) await db.notes.bulkPut(notes.slice(i, i + WRITE_CHUNK));
    await db.dailyRollups.bulkPut(rollups.apply([]));
    return { notes: notes.length, residents, ms: performance.now() - t0 };
  },

  /** The real path: every stored note re-scored after a rules change, resident by resident. */
  async rescore(): Promise<number> {
    if (!db) throw new Error('fill() first');
    const config = nextConfig();
    const t0 = performance.now();
    const done = await rescoreAll(db, config);
    const ms = performance.now() - t0;
    if (done.notesChanged !== notes.length) throw new Error(`re-scored ${done.notesChanged} of ${notes.length} notes`);
    return ms;
  },

  /** The baseline: the same notes scored in memory with the same rules, nothing read or written. */
  inMemory(): number {
    const config = { ...DEFAULT_QUALITY_CONFIG, version: version + 1 };
    const t0 = performance.now();
    assessNotes(notes, config);
    return performance.now() - t0;
  },

  async drop(): Promise<void> {
    await db?.delete();
    db = undefined;
    notes = [];
  },
};
