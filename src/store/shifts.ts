import { ShiftBoundariesSchema, type ShiftBoundaries } from '../model/shifts';
import type { Note } from '../model/note';
import type { RecordLensDb } from './db';
import { RollupDelta } from './note-rollup';
import { writeStaffRows } from './staff-rollup';
import { readSettings, writeSettings } from './settings';

export type ShiftsResult = { ok: true; notes: number } | { ok: false; errors: Record<string, string[]> };

/**
 * New shift hours, and every daily total counted again with them, in ONE transaction: the totals
 * are keyed by shift, so counting new notes with new hours beside old totals would split one shift
 * in two. Either the hours and every total change together, or nothing does.
 */
export async function setShifts(db: RecordLensDb, input: unknown): Promise<ShiftsResult> {
  const parsed = ShiftBoundariesSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (errors[String(i.path[0] ?? 'nightStartsAt')] ??= []).push(i.message);
    return { ok: false, errors };
  }
  const shifts: ShiftBoundaries = parsed.data;
  const same = (a: ShiftBoundaries, b: ShiftBoundaries) => a.dayStartsAt === b.dayStartsAt && a.nightStartsAt === b.nightStartsAt;
  return db.transaction('rw', [db.settings, db.notes, db.dailyRollups, db.staffRollups], async () => {
    if (same((await readSettings(db)).shifts, shifts)) return { ok: true as const, notes: 0 };
    const notes = await db.notes.count();
    await writeSettings(db, { shifts });
    const delta = new RollupDelta(shifts);
    await db.notes.each((n: Note) => delta.add(n, 1));
    await db.dailyRollups.clear();
    await db.dailyRollups.bulkPut(delta.apply([]));
    await db.staffRollups.clear();
    await writeStaffRows(db, delta.staff);
    return { ok: true as const, notes };
  });
}
