import { londonDayKey } from '../extract/dates/london-time';
import { dayTypeOf, shiftOf } from '../measure/segments';
import type { DailyRollup } from '../model/daily-rollup';
import type { Note } from '../model/note';

type Counts = Pick<DailyRollup, 'notes' | 'vague'>;

/** Which roll-up row a note counts in, and what it adds there. */
export function rollupContribution(note: Note): { row: Omit<DailyRollup, keyof Counts>; counts: Counts } {
  const day = londonDayKey(note.careAt);
  const unit = note.unit ?? 'Unknown unit';
  const shift = shiftOf(note.careAt);
  const dayType = dayTypeOf(note.careAt);
  const system = note.provenance.system;
  return {
    row: { id: [day, system, unit, shift, dayType].join('|'), day, system, unit, shift, dayType },
    counts: { notes: 1, vague: note.quality.flags.includes('vague') ? 1 : 0 },
  };
}

/** Accumulates +/- contributions so one ingest does one read and one write of roll-ups. */
export class RollupDelta {
  readonly rows = new Map<string, { row: Omit<DailyRollup, keyof Counts>; counts: Counts }>();

  add(note: Note, sign: 1 | -1): void {
    const c = rollupContribution(note);
    const acc = this.rows.get(c.row.id) ?? { row: c.row, counts: { notes: 0, vague: 0 } };
    acc.counts.notes += sign * c.counts.notes;
    acc.counts.vague += sign * c.counts.vague;
    this.rows.set(c.row.id, acc);
  }

  apply(existing: readonly (DailyRollup | undefined)[]): DailyRollup[] {
    return [...this.rows.values()].map(({ row, counts }, i) => {
      const before = existing[i];
      return {
        ...row,
        notes: Math.max(0, (before?.notes ?? 0) + counts.notes),
        vague: Math.max(0, (before?.vague ?? 0) + counts.vague),
      };
    });
  }
}
