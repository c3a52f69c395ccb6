import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { rollupsAndRebuild } from './purge-fixture';
import { RollupDelta } from './note-rollup';
import { readSettings } from './settings';
import { setShifts } from './shifts';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`shifts-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

// 07:30 London on a winter Tuesday: night with 08:00/20:00 shifts, day with 07:00/19:00.
const AT = Date.parse('2026-03-03T07:30:00Z');
const batch = (id: string, careAt: number): CaptureBatch => ({
  url: 'http://127.0.0.1/h', capturedAt: careAt + 3_600_000, recipeId: 'harbour-demo', recipeVersion: 1, pageId: 'daily-notes', matched: { note: 1 },
  problems: [], sections: [], fieldHits: {}, part: 0, visit: id,
  notes: [{ sourceId: id, residentName: 'Ada Lovelace', residentId: 'R1', authorRole: 'Carer', careAt, careAtPrecision: 'minute', unit: 'Oak', text: `Ada chose tea at ${id} and told me she slept well.` }],
});
const shiftsCounted = async () => Object.fromEntries((await db.dailyRollups.toArray()).map((r) => [r.shift, r.notes]));

describe("the provider's shift hours", () => {
  it('count every stored note again when changed, in one go, and new notes with them from then on', async () => {
    await ingestCapture(db, batch('a', AT));
    expect(await shiftsCounted()).toEqual({ night: 1 });
    expect(await setShifts(db, { dayStartsAt: 7, nightStartsAt: 19 })).toEqual({ ok: true, notes: 1 });
    expect(await shiftsCounted()).toEqual({ day: 1 });
    await ingestCapture(db, batch('b', AT + 60_000));
    expect(await shiftsCounted()).toEqual({ day: 2 });
    // The totals equal a fresh count of the notes with the new hours.
    const delta = new RollupDelta((await readSettings(db)).shifts);
    for (const note of await db.notes.toArray()) delta.add(note, 1);
    expect(await db.dailyRollups.toArray()).toEqual(delta.apply([]));
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored).toEqual(rebuilt);
    expect(stored.staff.flatMap((d) => d.staff).map((c) => [c.shift, c.notes])).toEqual([['day', 2]]);
  });

  it('refuse hours that cannot be shifts, in words, and change nothing', async () => {
    await ingestCapture(db, batch('a', AT));
    expect(await setShifts(db, { dayStartsAt: 20, nightStartsAt: 8 })).toEqual({ ok: false, errors: { nightStartsAt: ['The day shift must start before the night shift (the night runs past midnight).'] } });
    expect(await setShifts(db, { dayStartsAt: 7.5, nightStartsAt: 24 })).toMatchObject({ ok: false, errors: { dayStartsAt: ['Enter a whole hour, from 0 to 23.'], nightStartsAt: ['Enter an hour from 0 to 23.'] } });
    expect((await readSettings(db)).shifts).toEqual({ dayStartsAt: 8, nightStartsAt: 20 });
    expect(await shiftsCounted()).toEqual({ night: 1 });
  });
});
