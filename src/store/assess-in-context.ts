import type { Note } from '../model/note';
import type { NoteQuality } from '../model/note-quality';
import type { QualityConfig } from '../quality/config';
import { CopyIndex } from '../quality/copy-index';
import { assessOne } from '../quality/engine';
import type { RecordLensDb } from './db';
import { readQualityConfig } from './quality-config';

const DAY = 86_400_000;

const same = (a: NoteQuality, b: NoteQuality) => a.rulesVersion === b.rulesVersion && a.score === b.score && JSON.stringify(a.flags) === JSON.stringify(b.flags);

/**
 * Scores incoming notes against the notes stored around them (run inside the ingest
 * transaction). Copying is judged in time order, and a capture may arrive out of order (history
 * capture walks backwards), so stored notes after an incoming one are scored again too: they
 * may turn out to copy it. Returns the incoming notes with quality, and stored notes whose
 * quality changed.
 */
export async function assessInContext(
  db: RecordLensDb,
  incoming: readonly Note[],
  given?: QualityConfig,
): Promise<{ scored: Note[]; rescored: { before: Note; after: Note }[] }> {
  const config = given ?? (await readQualityConfig(db));
  const lookback = config.copyLookbackDays * DAY;
  const byResident = new Map<string, Note[]>();
  for (const n of incoming) byResident.set(n.residentKey, [...(byResident.get(n.residentKey) ?? []), n]);
  const scored: Note[] = [];
  const rescored: { before: Note; after: Note }[] = [];
  // Every resident's window is asked for at once: one round trip to IndexedDB, not one per resident.
  const windows = await Promise.all(
    [...byResident].map(([resident, notes]) => {
      const first = Math.min(...notes.map((n) => n.careAt));
      const last = Math.max(...notes.map((n) => n.careAt));
      return db.notes.where('[residentKey+careAt]').between([resident, first - lookback], [resident, last + lookback], true, true).toArray();
    }),
  );
  for (const [i, [, notes]] of [...byResident].entries()) {
    const first = Math.min(...notes.map((n) => n.careAt));
    const keys = new Set(notes.map((n) => n.key));
    const stored = windows[i]!.filter((n) => !keys.has(n.key));
    const timeline = [...stored.map((n) => ({ n, isNew: false })), ...notes.map((n) => ({ n, isNew: true }))]
      .sort((a, b) => a.n.careAt - b.n.careAt || a.n.key.localeCompare(b.n.key));
    const copies = new CopyIndex(config.copyRunWords, config.nearDuplicate);
    for (const { n, isNew } of timeline) {
      if (isNew || n.careAt >= first) {
        const { key: _key, ...quality } = assessOne(n, config, copies);
        const after = { ...n, quality };
        if (isNew) scored.push(after);
        else if (!same(n.quality, quality)) rescored.push({ before: n, after });
      }
      copies.add(n.residentKey, n.key, n.text, n.authorName, n.careAt);
    }
  }
  return { scored, rescored };
}
