import { readSettings } from './settings';
import type { Note } from '../model/note';
import type { QualityConfig } from '../quality/config';
import { CopyIndex } from '../quality/copy-index';
import { assessOne } from '../quality/engine';
import type { RecordLensDb } from './db';
import { RollupDelta } from './note-rollup';
import { writeStaffRows } from './staff-rollup';
import { homeOfKey } from '../measure/segments';

export interface RescoreProgress {
  residentsDone: number;
  residents: number;
  notesChanged: number;
}

/**
 * Re-scores every stored note with new rules, one resident at a time (one transaction each, in
 * time order so copies are found), moving the roll-ups with the scores. Residents already scored
 * with this rules version are skipped, so an interrupted run resumes where it stopped.
 */
export async function rescoreAll(
  db: RecordLensDb,
  config: QualityConfig,
  onProgress: (p: RescoreProgress) => void = () => undefined,
): Promise<RescoreProgress> {
  // Another home's imported notes keep the score its own rules gave: their words may not even be here.
  const residents = ((await db.notes.orderBy('residentKey').uniqueKeys()) as string[]).filter((r) => homeOfKey(r) === undefined);
  const progress: RescoreProgress = { residentsDone: 0, residents: residents.length, notesChanged: 0 };
  for (const resident of residents) {
    progress.notesChanged += await db.transaction('rw', [db.notes, db.dailyRollups, db.staffRollups, db.settings], async () => {
      const { shifts } = await readSettings(db);
      const notes = await db.notes.where('[residentKey+careAt]').between([resident, -Infinity], [resident, Infinity]).toArray();
      if (notes.every((n) => n.quality.rulesVersion === config.version)) return 0;
      const copies = new CopyIndex(config.copyRunWords, config.nearDuplicate);
      const delta = new RollupDelta(shifts);
      const changed: Note[] = [];
      for (const note of notes) {
        const { key: _key, ...quality } = assessOne(note, config, copies);
        copies.add(note.residentKey, note.key, note.text, note.authorName, note.careAt);
        const after = { ...note, quality };
        delta.add(note, -1);
        delta.add(after, 1);
        changed.push(after);
      }
      await db.notes.bulkPut(changed);
      const ids = [...delta.rows.keys()];
      await db.dailyRollups.bulkPut(delta.apply(await db.dailyRollups.bulkGet(ids)));
      await writeStaffRows(db, delta.staff);
      return changed.length;
    });
    progress.residentsDone += 1;
    onProgress({ ...progress });
  }
  return progress;
}
