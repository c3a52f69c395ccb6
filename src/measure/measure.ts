import type { AuditCycle } from '../model/audit';
import type { ShiftBoundaries } from '../model/shifts';
import type { DailyRollup } from '../model/daily-rollup';
import type { Sample } from '../model/sample';
import type { Direction } from './spc';
import { homeName, homeOfKey, homeOfSystem, type DayType, type HomeNames, type Shift } from './segments';
import { NO_UNIT } from './timeliness/backlog';
import type { DailyBacklogPoint } from './timeliness/daily-backlog';
import type { UpdateLag } from './timeliness/update-lag';
import { mondayOf } from './weekly-rate';

export type Period = 'week' | 'month';

/** The ways a measure can be split (DOMAIN.md, "Is it broad?"). */
export type Dimension = 'unit' | 'shift' | 'dayType' | 'role' | 'home';
export const DIMENSIONS: readonly Dimension[] = ['unit', 'shift', 'dayType', 'role', 'home'];
export const DIMENSION_NAME: Record<Dimension, string> = { unit: 'unit', shift: 'shift', dayType: 'day type', role: 'author role', home: 'home' };

/** Which records count: one segment, or all. */
export interface SegmentFilter {
  unit?: string;
  shift?: Shift;
  dayType?: DayType;
  role?: string;
  /** A home by its name in the organisational view (HomeNames): this home, or one imported from a bundle. */
  home?: string;
}

/**
 * What the measures are computed from: the daily roll-ups of notes and, when loaded, the daily
 * care-plan backlog, the update lags, the closed audit cycles and the completed samples. Every
 * input is already aggregated or small (days, sections, cycles, samples), never the notes.
 */
export interface MeasureInputs {
  rollups: readonly DailyRollup[];
  /** One point per day, with `byUnit` (dailyBacklog(..., 'unit')). */
  backlog?: readonly DailyBacklogPoint[];
  lags?: readonly UpdateLag[];
  cycles?: readonly AuditCycle[];
  samples?: readonly Sample[];
  /** The provider's shift hours, for records whose shift is read from their time (samples). */
  shifts?: ShiftBoundaries;
  /**
   * The homes' names when other homes' bundles are held (the organisational view): records of
   * imported homes carry their home in their care-system name (segments.ts, homeOfSystem).
   */
  homes?: HomeNames;
  /**
   * The home of each unit the care-plan inputs name (the backlog is counted by unit), when other
   * homes are held: their units are named with their home, so each unit belongs to one home.
   */
  unitHomes?: ReadonlyMap<string, string>;
}

/** Whether any imported home's records are among the inputs: the home dimension has segments only then. */
export const hasImportedHomes = (inputs: MeasureInputs): boolean => Object.keys(inputs.homes?.imported ?? {}).length > 0;

/** The name of the home a roll-up row, sample or audit record belongs to. */
export const homeOfSystemIn = (inputs: MeasureInputs, system: string): string => homeName(inputs.homes, homeOfSystem(system));
export const homeOfKeyIn = (inputs: MeasureInputs, key: string): string => homeName(inputs.homes, homeOfKey(key));

/**
 * One dated contribution to a measure, already inside the segment asked for: counts that add up
 * (e.g. [flagged, notes]) and, for a median, the values themselves.
 */
export interface Fact {
  day: string;
  unit?: string;
  counts: readonly number[];
  values?: readonly number[];
}

/** A measure's figure over some facts; `denominator` says how much stands behind it. */
export interface Figure {
  value: number | null;
  numerator: number;
  denominator: number;
}

export type MeasureSource = 'notes' | 'care plans' | 'audits' | 'samples';

export interface Measure {
  id: string;
  name: string;
  /** How values are shown: a share (%), a score out of 100, a rate, days, or a gap in percentage points. */
  unit: 'share' | 'score' | 'rate' | 'days' | 'points';
  direction: Direction;
  /** The level a provider aims for (same scale as the values). */
  target: number;
  source: MeasureSource;
  /** One sentence: what is counted, over what. */
  definition: string;
  /** What a period's denominator counts, as a column heading ('Notes', 'Section-days'). */
  denominatorName: string;
  /** The period a chart uses: audits and samples are too sparse for weeks. */
  period: Period;
  /** The segments this measure can be split by (care plans have no shift, for instance). */
  dimensions: readonly Dimension[];
  /** Below this denominator a period is shown but not judged (see spc/proportions.ts). */
  minDenominator: number;
  /** The facts inside one segment (or all, with `{}`). */
  facts(inputs: MeasureInputs, filter: SegmentFilter): Fact[];
  summarise(counts: readonly number[], values: readonly number[]): Figure;
}

/** A measure's value for one period, with what it was computed from. */
export interface MeasurePoint extends Figure {
  /** Monday of the week, or the first of the month ('YYYY-MM-01'), London days. */
  period: string;
}

export const periodOf = (day: string, period: Period): string => (period === 'week' ? mondayOf(day) : `${day.slice(0, 7)}-01`);

/** A record's segment fields against a filter: a field the filter names must be present and equal. */
export function inSegment(r: { unit?: string; shift?: string; dayType?: string; role?: string; home?: string }, f: SegmentFilter): boolean {
  return (
    (f.home === undefined || r.home === f.home) &&
    (f.unit === undefined || r.unit === f.unit) &&
    (f.shift === undefined || r.shift === f.shift) &&
    (f.dayType === undefined || r.dayType === f.dayType) &&
    (f.role === undefined || r.role === f.role)
  );
}

class Accumulator {
  counts: number[] = [];
  values: number[] = [];
  add(f: Fact) {
    f.counts.forEach((c, i) => (this.counts[i] = (this.counts[i] ?? 0) + c));
    if (f.values) for (const v of f.values) this.values.push(v);
  }
}

/**
 * A measure's facts in one segment, worked out once per inputs: the panel asks for the same segment
 * for its chart, its spread table (baseline and now) and its drift check. Inputs are never changed
 * after they are loaded (a new load is a new object), so the cache cannot go stale.
 */
const FACTS = new WeakMap<MeasureInputs, Map<string, Fact[]>>();
export function factsOf(measure: Measure, inputs: MeasureInputs, filter: SegmentFilter): Fact[] {
  let byKey = FACTS.get(inputs);
  if (!byKey) FACTS.set(inputs, (byKey = new Map()));
  const key = `${measure.id}|${filter.unit ?? ''}|${filter.shift ?? ''}|${filter.dayType ?? ''}|${filter.role ?? ''}|${filter.home ?? ''}`;
  let facts = byKey.get(key);
  if (!facts) byKey.set(key, (facts = measure.facts(inputs, filter)));
  return facts;
}

/** The usual summary: the first count over the second (a share, a mean, a rate); null with nothing behind it. */
export function ratioFigure(counts: readonly number[]): Figure {
  const n = counts[0] ?? 0;
  const d = counts[1] ?? 0;
  return { value: d > 0 ? n / d : null, numerator: n, denominator: d };
}

/** A measure per period, oldest first, inside one segment (or all). Periods with no facts are absent. */
export function measurePoints(measure: Measure, inputs: MeasureInputs, period: Period = measure.period, filter: SegmentFilter = {}): MeasurePoint[] {
  const acc = new Map<string, Accumulator>();
  for (const f of factsOf(measure, inputs, filter)) {
    const key = periodOf(f.day, period);
    let a = acc.get(key);
    if (!a) acc.set(key, (a = new Accumulator()));
    a.add(f);
  }
  return [...acc.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, a]) => ({ period: p, ...measure.summarise(a.counts, a.values) }));
}

/** A measure pooled over the days `start`..`end` (inclusive) in one segment: never a mean of weekly values. */
export function pooledFigure(measure: Measure, inputs: MeasureInputs, filter: SegmentFilter, start: string, end: string): Figure {
  const a = new Accumulator();
  for (const f of factsOf(measure, inputs, filter)) if (f.day >= start && f.day <= end) a.add(f);
  return measure.summarise(a.counts, a.values);
}

/**
 * The roll-up rows of one segment. Rows are sorted into every single-dimension segment in one pass
 * per inputs, so the panel's many segments (each measure's chart, spread and drift) each cost the
 * rows they hold, not a scan of all rows.
 */
const ROWS = new WeakMap<MeasureInputs, Map<string, DailyRollup[]>>();
export function rowsIn(inputs: MeasureInputs, f: SegmentFilter): readonly DailyRollup[] {
  const set = (['unit', 'shift', 'dayType', 'role', 'home'] as const).filter((d) => f[d] !== undefined);
  if (set.length > 1) return inputs.rollups.filter((r) => inSegment({ ...r, home: homeOfSystemIn(inputs, r.system) }, f));
  let buckets = ROWS.get(inputs);
  if (!buckets) {
    buckets = new Map([['all', [...inputs.rollups]]]);
    for (const r of inputs.rollups) {
      for (const key of [`unit:${r.unit}`, `shift:${r.shift}`, `dayType:${r.dayType}`, `role:${r.role}`, `home:${homeOfSystemIn(inputs, r.system)}`]) {
        let rows = buckets.get(key);
        if (!rows) buckets.set(key, (rows = []));
        rows.push(r);
      }
    }
    ROWS.set(inputs, buckets);
  }
  const d = set[0];
  return buckets.get(d === undefined ? 'all' : `${d}:${f[d]}`) ?? [];
}

const VALUES = new WeakMap<MeasureInputs, Map<Dimension, string[]>>();

/** The segments of a dimension that the inputs hold (units and roles as the care system names them). */
export function segmentValues(inputs: MeasureInputs, dimension: Dimension): string[] {
  if (dimension === 'shift') return ['day', 'night'];
  if (dimension === 'dayType') return ['weekday', 'weekend'];
  // One home is no spread: the home segments appear once another home's bundle is imported.
  if (dimension === 'home' && !hasImportedHomes(inputs)) return [];
  let byDimension = VALUES.get(inputs);
  if (!byDimension) VALUES.set(inputs, (byDimension = new Map()));
  const known = byDimension.get(dimension);
  if (known) return known;
  const values = collectValues(inputs, dimension);
  byDimension.set(dimension, values);
  return values;
}

function collectValues(inputs: MeasureInputs, dimension: 'unit' | 'role' | 'home'): string[] {
  const seen = new Set<string>();
  if (dimension === 'home') {
    seen.add(homeName(inputs.homes, undefined));
    for (const name of Object.values(inputs.homes?.imported ?? {})) seen.add(name);
  } else if (dimension === 'role') {
    for (const r of inputs.rollups) seen.add(r.role);
  } else {
    for (const r of inputs.rollups) seen.add(r.unit);
    for (const p of inputs.backlog ?? []) for (const u of Object.keys(p.byUnit ?? {})) seen.add(u);
    for (const l of inputs.lags ?? []) seen.add(l.unit ?? NO_UNIT);
    for (const c of inputs.cycles ?? []) for (const s of c.sample) if (s.segment.unit) seen.add(s.segment.unit);
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** `a` is better than `b` in the measure's direction. */
export const better = (measure: Pick<Measure, 'direction'>, a: number, b: number): boolean => (measure.direction === 'lower-is-better' ? a < b : a > b);
export const meetsTarget = (measure: Pick<Measure, 'direction' | 'target'>, v: number): boolean =>
  measure.direction === 'lower-is-better' ? v <= measure.target : v >= measure.target;

/** A value as shown: a share as a percentage, a score or rate as a number, days, or percentage points. */
export function formatValue(measure: Pick<Measure, 'unit'>, v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  switch (measure.unit) {
    case 'share':
      return `${(v * 100).toFixed(1)}%`;
    case 'points':
      return `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)} pts`;
    case 'days':
      return `${v.toFixed(1)} days`;
    case 'rate':
      return v.toFixed(2);
    default:
      return v.toFixed(1);
  }
}
