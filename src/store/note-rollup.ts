import { londonDayKey } from '../extract/dates/london-time';
import { dayTypeOf, DEFAULT_SHIFTS, shiftOf, type ShiftBoundaries } from '../measure/segments';
import type { DailyRollup } from '../model/daily-rollup';
import type { Note } from '../model/note';
import type { RuleId } from '../model/quality-flag';
import type { StaffFact } from '../model/staff-rollup';
import { factsOf, StaffDelta, staffIdentity } from './staff-rollup';

type Counts = Pick<DailyRollup, 'notes' | 'flagged' | 'scoreSum' | 'residents'>;
type Row = Omit<DailyRollup, keyof Counts>;

export const UNKNOWN_ROLE = 'Unknown role';

/** Which roll-up row a note counts in, with the provider's shift hours. */
export function rollupRow(note: Note, shifts: ShiftBoundaries = DEFAULT_SHIFTS): Row {
  const day = londonDayKey(note.careAt);
  const unit = note.unit ?? 'Unknown unit';
  const shift = shiftOf(note.careAt, shifts);
  const dayType = dayTypeOf(note.careAt);
  const system = note.provenance.system;
  const role = note.authorRole?.trim() || UNKNOWN_ROLE;
  return { id: [day, system, unit, shift, dayType, role].join('|'), day, system, unit, shift, dayType, role };
}

/** Accumulates +/- contributions so one ingest does one read and one write of roll-ups (daily and staff). */
export class RollupDelta {
  readonly rows = new Map<string, { row: Row; counts: Counts }>();
  /** The same notes by member of staff, for coaching follow-up: written with `writeStaffRows`. */
  readonly staff = new StaffDelta();

  /** The shift hours every note of this delta is counted with: the settings' (rows are keyed by shift). */
  constructor(private readonly shifts: ShiftBoundaries = DEFAULT_SHIFTS) {}

  add(note: Note, sign: 1 | -1): void {
    const row = rollupRow(note, this.shifts);
    const acc = this.rows.get(row.id) ?? { row, counts: { notes: 0, flagged: {}, scoreSum: 0, residents: {} } };
    acc.counts.notes += sign;
    acc.counts.residents[note.residentKey] = (acc.counts.residents[note.residentKey] ?? 0) + sign;
    acc.counts.scoreSum += sign * note.quality.score;
    for (const rule of new Set(note.quality.flags.map((f) => f.rule))) {
      acc.counts.flagged[rule] = (acc.counts.flagged[rule] ?? 0) + sign;
    }
    this.rows.set(row.id, acc);
    this.staff.add(row.id, row.day, row.system, staffIdentity(note, row.shift), sign);
  }

  apply(existing: readonly (DailyRollup | undefined)[]): DailyRollup[] {
    return [...this.rows.values()].map(({ row, counts }, i) => {
      const before = existing[i];
      const flagged: Partial<Record<RuleId, number>> = { ...before?.flagged };
      for (const [rule, n] of Object.entries(counts.flagged) as [RuleId, number][]) {
        flagged[rule] = Math.max(0, (flagged[rule] ?? 0) + n);
      }
      const residents: Record<string, number> = { ...before?.residents };
      for (const [key, n] of Object.entries(counts.residents)) {
        const left = (residents[key] ?? 0) + n;
        if (left > 0) residents[key] = left;
        else delete residents[key];
      }
      return {
        ...row,
        residents,
        notes: Math.max(0, (before?.notes ?? 0) + counts.notes),
        flagged,
        scoreSum: Math.max(0, (before?.scoreSum ?? 0) + counts.scoreSum),
      };
    });
  }
}

/**
 * Notes counted by member of staff exactly as the store counts them (the same rows, days and
 * shifts), as facts: for judging notes held in memory as stored ones are judged.
 */
export function staffFactsOf(
  notes: Iterable<Pick<Note, 'careAt' | 'authorName' | 'authorRole' | 'unit' | 'quality'> & { provenance?: Pick<Note['provenance'], 'system'> }>,
  shifts?: ShiftBoundaries,
): StaffFact[] {
  const delta = new RollupDelta(shifts);
  for (const n of notes) delta.add({ residentKey: '', ...n, provenance: { system: n.provenance?.system ?? '' } } as Note, 1);
  return factsOf(delta.staff.apply([]));
}
