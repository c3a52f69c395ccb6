/**
 * Bundled into an extension page (real IndexedDB in Chromium): the demo home's year stored as the
 * product stores it (notes already scored, their daily roll-ups, the story's baseline and
 * intervention saved through the real path, which freezes the baseline's figures; four coaching
 * sessions through the year), at any number
 * of notes over the same year: fewer by taking every n-th note, more by storing the year again
 * under new keys (another capture of the same home). The side panel is then opened on it.
 */
// First, as every entrypoint does: the extension's CSP refuses zod's compiled parsers.
import '../../src/messaging/zod-setup';
import { generateCareData } from '../care-systems/generator/index';
import { storyDates } from '../care-systems/story';
import { londonDayKey } from '../../src/extract/dates/london-time';
import { setBaseline } from '../../src/store/baseline';
import { recordCoaching } from '../../src/store/coaching';
import { RecordLensDb } from '../../src/store/db';
import { RollupDelta } from '../../src/store/note-rollup';
import { storedDemoNotes } from './demo-notes';

const WRITE_CHUNK = 10_000;
const DAY = 86_400_000;

(globalThis as unknown as { __rlPanelBench: object }).__rlPanelBench = {
  /**
   * Stores `target` notes spread over the demo home's year (the same days and residents whatever
   * the count) into the database `name`.
   */
  async fill(seed: number, now: number, target: number, name = 'record-lens'): Promise<{ notes: number; residents: number; days: number; rollups: number; ms: number }> {
    const t0 = performance.now();
    const data = generateCareData({ seed, now });
    const year = data.notes;
    // Every n-th note of the year when fewer are wanted, so the days and residents stay the same.
    const picked = target >= year.length ? year : Array.from({ length: target }, (_, i) => year[Math.floor((i * year.length) / target)]!);
    const base = storedDemoNotes(data, picked, now, 0);

    const db = new RecordLensDb(name);
    await db.open();
    const rollups = new RollupDelta();
    let stored = 0;
    // Beyond a year's notes, the year again under new keys, written chunk by chunk so a million
    // notes never sit in the page's memory at once.
    for (let copy = 0; stored < target; copy++) {
      for (let i = 0; i < base.length && stored < target; i += WRITE_CHUNK) {
        const chunk = base.slice(i, Math.min(i + WRITE_CHUNK, i + target - stored)).map((n) => (copy === 0 ? n : { ...n, key: `${n.key}~${copy}`, sourceId: `${n.sourceId}~${copy}` }));
        for (const n of chunk) rollups.add(n, 1);
        await db.notes.bulkPut(chunk);
        stored += chunk.length;
      }
    }
    const rows = rollups.apply([]);
    await db.dailyRollups.bulkPut(rows);
    // And by member of staff, as ingest keeps them (coaching reads these, never the notes).
    await db.staffRollups.bulkPut(rollups.staff.apply([]));
    const story = storyDates(now);
    await setBaseline(
      db,
      {
        baseline: { start: londonDayKey(story.baselineStart), end: londonDayKey(story.baselineEnd - DAY / 2) },
        interventions: [{ day: londonDayKey(story.intervention), label: 'New notes template and coaching' }],
      },
      now,
    );
    // A home that coaches records sessions through the year: two members of staff on the day of
    // the intervention, the Birch team in the spring, the night shift three weeks ago. Their
    // before/after spans the whole year, so opening the panel judges them over every note.
    const staffNames = data.staff.map((p) => p.name);
    const dayBefore = (days: number) => londonDayKey(now - days * DAY);
    for (const [day, coached] of [
      [londonDayKey(story.intervention), { kind: 'author', authorName: staffNames[0] }],
      [londonDayKey(story.intervention), { kind: 'author', authorName: staffNames[1] }],
      [dayBefore(200), { kind: 'group', unit: 'Birch' }],
      [dayBefore(21), { kind: 'group', shift: 'night' }],
    ] as const) {
      await recordCoaching(db, { day, coached, focus: ['vague'] }, now);
    }
    db.close();
    return {
      notes: stored,
      residents: new Set(base.map((n) => n.residentKey)).size,
      days: new Set(rows.map((r) => r.day)).size,
      rollups: rows.length,
      ms: performance.now() - t0,
    };
  },

  async drop(name = 'record-lens'): Promise<void> {
    await new RecordLensDb(name).delete();
  },
};
