import type { Note } from '../model/note';
import type { RuleId } from '../model/quality-flag';
import type { StaffCount, StaffDay, StaffFact } from '../model/staff-rollup';
import type { RecordLensDb } from './db';

type Identity = Omit<StaffCount, 'notes'>;

/**
 * A settings row saying the staff counts hold every stored note: set when the database is made
 * (no notes yet), or once the notes stored before are counted (coaching.ts, ensureStaffRollups).
 */
export const STAFF_ROLLUPS_BUILT = 'staffRollupsBuilt';

const identityKey = (c: Identity) => JSON.stringify([c.author, c.role ?? null, c.unit ?? null, c.shift, c.flags]);

/** The staff count a note falls in (its day and shift worked out by the caller, with the provider's shift hours). */
export function staffIdentity(note: Pick<Note, 'authorName' | 'authorRole' | 'unit' | 'quality'>, shift: StaffCount['shift']): Identity {
  const flags = [...new Set(note.quality.flags.map((f) => f.rule))].sort() as RuleId[];
  return {
    author: note.authorName?.trim() ?? '',
    ...(note.authorRole ? { role: note.authorRole } : {}),
    ...(note.unit ? { unit: note.unit } : {}),
    shift,
    flags,
  };
}

/**
 * +/- contributions to the staff counts, alongside the daily roll-ups (RollupDelta feeds both, so
 * every path that changes notes keeps both in step).
 */
export class StaffDelta {
  readonly rows = new Map<string, { day: string; system: string; counts: Map<string, { identity: Identity; n: number }> }>();

  /** `rowId`: the daily roll-up row the note counts in (note-rollup.ts), so both tables split alike. */
  add(rowId: string, day: string, system: string, identity: Identity, sign: 1 | -1): void {
    const entry = this.rows.get(rowId) ?? { day, system, counts: new Map() };
    const key = identityKey(identity);
    const count = entry.counts.get(key) ?? { identity, n: 0 };
    count.n += sign;
    entry.counts.set(key, count);
    this.rows.set(rowId, entry);
  }

  ids(): string[] {
    return [...this.rows.keys()];
  }

  /** The rows after this delta, in the order of `ids()`; a row left with no notes has an empty `staff`. */
  apply(existing: readonly (StaffDay | undefined)[]): StaffDay[] {
    return [...this.rows.entries()].map(([id, { day, system, counts }], i) => {
      const merged = new Map<string, StaffCount>();
      for (const c of existing[i]?.staff ?? []) merged.set(identityKey(c), c);
      for (const [key, { identity, n }] of counts) {
        const left = (merged.get(key)?.notes ?? 0) + n;
        if (left > 0) merged.set(key, { ...identity, notes: left });
        else merged.delete(key);
      }
      return { id, day, system, staff: [...merged.values()] };
    });
  }
}

/** Each count of the rows with its row's day and care system: what coaching reads. */
export const factsOf = (rows: readonly StaffDay[]): StaffFact[] => rows.flatMap(({ day, system, staff }) => staff.map((c) => ({ ...c, day, system })));

/** Writes a delta's staff counts inside the caller's transaction (which must include `staffRollups`). */
export async function writeStaffRows(db: RecordLensDb, delta: StaffDelta): Promise<void> {
  if (!delta.rows.size) return;
  const next = delta.apply(await db.staffRollups.bulkGet(delta.ids()));
  const kept = next.filter((d) => d.staff.length);
  if (kept.length) await db.staffRollups.bulkPut(kept);
  const empty = next.filter((d) => !d.staff.length).map((d) => d.id);
  if (empty.length) await db.staffRollups.bulkDelete(empty);
}

