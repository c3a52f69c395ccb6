import type { DailyRollup } from '../model/daily-rollup';
import type { Snapshot } from '../model/snapshot';
import type { RecordLensDb } from './db';

export interface PageCapture {
  health?: Snapshot['health'];
  url: string;
  recipeId: string;
  pageId: string;
  capturedAt: number;
  matched: Snapshot['matched'];
  stored: Snapshot['stored'];
  problems: Snapshot['problems'];
}

/**
 * What was captured from a tab's current page: the latest snapshot's counts, plus what every
 * consecutive snapshot of the same URL stored (a feed sends a batch per scroll).
 */
export async function pageCaptureForTab(db: RecordLensDb, tabId: number): Promise<PageCapture | undefined> {
  const recent = await db.snapshots
    .where('[tabId+capturedAt]')
    .between([tabId, -Infinity], [tabId, Infinity])
    .reverse()
    .limit(200)
    .toArray();
  const latest = recent[0];
  if (!latest) return undefined;
  const end = recent.findIndex((s) => s.url !== latest.url);
  const visit = end === -1 ? recent : recent.slice(0, end);
  const stored = { added: 0, updated: 0, unchanged: 0 };
  for (const s of visit) {
    stored.added += s.stored.added;
    stored.updated += s.stored.updated;
    stored.unchanged += s.stored.unchanged;
  }
  const problems = visit.flatMap((s) => s.problems);
  return { ...latest, stored, problems };
}

export interface StoreTotals {
  notes: number;
  residents: number;
  sections: number;
  captures: number;
}

/**
 * Care-plan sections and page captures stored. Notes and residents are counted from the daily
 * roll-ups (noteTotals), never from the notes table: counting rows in IndexedDB walks every row
 * (Chromium keeps no count) and listing distinct residents walks the whole index, so both grew
 * with the notes stored (about a second for a year of a 60-bed home) where roll-ups grow with days.
 */
export async function sectionAndCaptureCounts(db: RecordLensDb): Promise<Pick<StoreTotals, 'sections' | 'captures'>> {
  const [sections, captures] = await Promise.all([db.sections.count(), db.snapshots.count()]);
  return { sections, captures };
}

/**
 * Notes and distinct residents stored, from the roll-ups: every note counts in exactly one roll-up
 * row, with its resident (ingest, re-score and purge keep them in step with the notes table).
 */
export function noteTotals(rollups: readonly Pick<DailyRollup, 'notes' | 'residents'>[]): Pick<StoreTotals, 'notes' | 'residents'> {
  let notes = 0;
  const residents = new Set<string>();
  for (const r of rollups) {
    notes += r.notes;
    for (const key in r.residents) residents.add(key);
  }
  return { notes, residents: residents.size };
}

/** Recipe pages whose latest capture looked broken: nothing from them is being stored. */
export async function degradedPages(db: RecordLensDb) {
  return (await db.pageHealth.toArray()).filter((h) => h.status === 'degraded');
}

/** The newest history captures, newest first. */
export async function recentHistoryJobs(db: RecordLensDb, limit = 3) {
  return db.historyJobs.orderBy(':id').reverse().limit(limit).toArray();
}
