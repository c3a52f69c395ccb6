import type { DailyRollup } from '../../model/daily-rollup';
import type { RuleId } from '../../model/quality-flag';
import { inSegment, ratioFigure, rowsIn, type Fact, type Measure, type MeasureInputs, type SegmentFilter } from '../measure';
import { homeOfSystem } from '../segments';

const rowFacts = (count: (r: DailyRollup) => [number, number]) => (inputs: MeasureInputs, f: SegmentFilter): Fact[] =>
  rowsIn(inputs, f).map((r) => ({ day: r.day, unit: r.unit, counts: count(r) }));

const NOTE_DIMENSIONS = ['unit', 'shift', 'dayType', 'role', 'home'] as const;

/** Resident-days are counted per home: two homes may both have a unit called "Ground floor". */
const dayUnitKey = (r: DailyRollup) => `${r.day}|${homeOfSystem(r.system) ?? ''}|${r.unit}`;

const flaggedShare = (id: string, name: string, rule: RuleId, target: number, what: string): Measure => ({
  id,
  name,
  unit: 'share',
  direction: 'lower-is-better',
  target,
  source: 'notes',
  denominatorName: 'Notes',
  definition: `Share of stored daily notes the engine flagged ${what}, of all stored notes, by the day the care happened.`,
  period: 'week',
  dimensions: NOTE_DIMENSIONS,
  minDenominator: 20,
  facts: rowFacts((r) => [r.flagged[rule] ?? 0, r.notes]),
  summarise: ratioFigure,
});

/**
 * Notes per resident per day. The denominator is resident-days: a resident counts on a day in a
 * unit when any note about them that day is stored (Record Lens has no roster, and a resident with
 * no note at all that day cannot be told from one whose notes were never captured). The numerator
 * takes the segment asked for (night notes, a role's notes) over the same resident-days, so the
 * night figure reads "night notes per resident per day", not "per resident seen at night".
 */
function notesPerResidentFacts(inputs: MeasureInputs, f: SegmentFilter): Fact[] {
  const residentDays = residentsPerDay(inputs);
  const notes = new Map<string, number>();
  for (const r of rowsIn(inputs, { unit: f.unit, dayType: f.dayType, home: f.home })) {
    const key = dayUnitKey(r);
    notes.set(key, (notes.get(key) ?? 0) + (inSegment(r, { shift: f.shift, role: f.role }) ? r.notes : 0));
  }
  return [...notes.entries()].map(([key, n]) => {
    const { day, unit, residents } = residentDays.get(key)!;
    return { day, unit, counts: [n, residents] };
  });
}

/** Residents with any note, per day and unit: the same for every segment, so counted once per inputs. */
const RESIDENT_DAYS = new WeakMap<MeasureInputs, Map<string, { day: string; unit: string; residents: number }>>();
function residentsPerDay(inputs: MeasureInputs) {
  let cached = RESIDENT_DAYS.get(inputs);
  if (cached) return cached;
  const sets = new Map<string, { day: string; unit: string; keys: Set<string> }>();
  for (const r of inputs.rollups) {
    const key = dayUnitKey(r);
    let g = sets.get(key);
    if (!g) sets.set(key, (g = { day: r.day, unit: r.unit, keys: new Set() }));
    for (const k of Object.keys(r.residents)) g.keys.add(k);
  }
  cached = new Map([...sets].map(([key, g]) => [key, { day: g.day, unit: g.unit, residents: g.keys.size }]));
  RESIDENT_DAYS.set(inputs, cached);
  return cached;
}

/** The note measures, from daily roll-ups (cost grows with the days shown, not the notes stored). */
export const NOTE_MEASURES: readonly Measure[] = [
  flaggedShare('vague', 'Notes flagged vague', 'vague', 0.15, 'vague (stock phrases, nothing specific)'),
  flaggedShare('copied-forward', 'Notes copied forward', 'copied-forward', 0.05, 'copied forward from an earlier note'),
  flaggedShare('late-entry', 'Notes written late', 'late-entry', 0.1, 'written late (long after the care)'),
  {
    id: 'mean-score',
    denominatorName: 'Notes',
    name: 'Mean note score',
    unit: 'score',
    direction: 'higher-is-better',
    target: 80,
    source: 'notes',
    definition: 'Mean quality score (0–100) of the stored daily notes, by the day the care happened.',
    period: 'week',
    dimensions: NOTE_DIMENSIONS,
    minDenominator: 20,
    facts: rowFacts((r) => [r.scoreSum, r.notes]),
    summarise: ratioFigure,
  },
  {
    id: 'notes-per-resident-day',
    denominatorName: 'Resident-days',
    name: 'Notes per resident per day',
    unit: 'rate',
    direction: 'higher-is-better',
    // Four covers the care rounds of a day (morning, midday, evening, night) at one note each.
    target: 4,
    source: 'notes',
    definition: 'Stored daily notes divided by resident-days (a resident counts on a day when any note about them that day is stored).',
    period: 'week',
    dimensions: NOTE_DIMENSIONS,
    minDenominator: 20,
    facts: notesPerResidentFacts,
    summarise: ratioFigure,
  },
];
