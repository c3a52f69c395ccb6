import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { ADA_KEY, seedEveryTable } from './purge-fixture';
import { purge } from './purge';
import { noteTotals, sectionAndCaptureCounts } from './queries';
import { rescoreAll } from './rescore';
import { DEFAULT_QUALITY_CONFIG } from '../quality/config';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`queries-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const T0 = Date.parse('2026-03-02T09:00:00Z');
/** What the panel used to count by walking the notes table. */
const fromNotes = async () => ({ notes: await db.notes.count(), residents: (await db.notes.orderBy('residentKey').uniqueKeys()).length });

describe('store totals from the roll-ups', () => {
  it('count the notes and residents the notes table holds, after ingest, re-score and purge', async () => {
    await seedEveryTable(db, T0);
    expect(noteTotals(await db.dailyRollups.toArray())).toEqual(await fromNotes());
    expect((await fromNotes()).residents).toBe(3);

    await rescoreAll(db, { ...DEFAULT_QUALITY_CONFIG, version: DEFAULT_QUALITY_CONFIG.version + 1 });
    expect(noteTotals(await db.dailyRollups.toArray())).toEqual(await fromNotes());

    expect((await purge(db, { kind: 'resident', residentKey: ADA_KEY })).ok).toBe(true);
    const after = noteTotals(await db.dailyRollups.toArray());
    expect(after).toEqual(await fromNotes());
    expect(after.residents).toBe(2);
  });

  it('are zero for an empty store', async () => {
    expect(noteTotals(await db.dailyRollups.toArray())).toEqual({ notes: 0, residents: 0 });
    expect(await sectionAndCaptureCounts(db)).toEqual({ sections: 0, captures: 0 });
  });

  it('count sections and captures from their own tables', async () => {
    await seedEveryTable(db, T0);
    expect(await sectionAndCaptureCounts(db)).toEqual({ sections: await db.sections.count(), captures: await db.snapshots.count() });
  });
});
