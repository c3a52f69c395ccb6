import { londonDayKey } from '../extract/dates/london-time';
import { dayTypeOf, shiftOf } from '../measure/segments';
import type { DailyRollup } from '../model/daily-rollup';
import type { Note } from '../model/note';
import type { RuleId } from '../model/quality-flag';

type Counts = Pick<DailyRollup, 'notes' | 'flagged' | 'scoreSum'>;
type Row = Omit<DailyRollup, keyof Counts>;

/** Which roll-up row a note counts in. */
export function rollupRow(note: Note): Row {
  const day = londonDayKey(note.careAt);
  const unit = note.unit ?? 'Unknown unit';
  const shift = shiftOf(note.careAt);
  const dayType = dayTypeOf(note.careAt);
  const system = note.provenance.system;
  return { id: [day, system, unit, shift, dayType].join('|'), day, system, unit, shift, dayType };
}

/** Accumulates +/- contributions so one ingest does one read and one write of roll-ups. */
export class RollupDelta {
  readonly rows = new Map<string, { row: Row; counts: Counts }>();

  add(note: Note, sign: 1 | -1): void {
    const row = rollupRow(note);
    const acc = this.rows.get(row.id) ?? { row, counts: { notes: 0, flagged: {}, scoreSum: 0 } };
    acc.counts.notes += sign;
    acc.counts.scoreSum += sign * note.quality.score;
    for (const rule of new Set(note.quality.flags.map((f) => f.rule))) {
      acc.counts.flagged[rule] = (acc.counts.flagged[rule] ?? 0) + sign;
    }
    this.rows.set(row.id, acc);
  }

  apply(existing: readonly (DailyRollup | undefined)[]): DailyRollup[] {
    return [...this.rows.values()].map(({ row, counts }, i) => {
      const before = existing[i];
      const flagged: Partial<Record<RuleId, number>> = { ...before?.flagged };
      for (const [rule, n] of Object.entries(counts.flagged) as [RuleId, number][]) {
        flagged[rule] = Math.max(0, (flagged[rule] ?? 0) + n);
      }
      return {
        ...row,
        notes: Math.max(0, (before?.notes ?? 0) + counts.notes),
        flagged,
        scoreSum: Math.max(0, (before?.scoreSum ?? 0) + counts.scoreSum),
      };
    });
  }
}
