import type { DailyRollup } from '../model/daily-rollup';
import type { RuleId } from '../model/quality-flag';
import type { Direction } from './spc';
import { mondayOf } from './weekly-rate';

export type Period = 'week' | 'month';

/** A measure's value for one period, with what it was computed from. */
export interface MeasurePoint {
  /** Monday of the week, or the first of the month ('YYYY-MM-01'), London days. */
  period: string;
  numerator: number;
  denominator: number;
  /** numerator / denominator (a share 0..1, or a mean score); null with no denominator. */
  value: number | null;
}

/** Which roll-up rows count: one segment, or all. */
export interface SegmentFilter {
  unit?: string;
  shift?: DailyRollup['shift'];
  dayType?: DailyRollup['dayType'];
}

export interface Measure {
  id: string;
  name: string;
  /** How values are shown: a share as a percentage, or a score out of 100. */
  unit: 'share' | 'score';
  direction: Direction;
  /** The level a provider aims for (same scale as the values). */
  target: number;
  /** What a roll-up row adds to the numerator and the denominator. */
  count: (r: DailyRollup) => [number, number];
}

const flaggedShare = (id: string, name: string, rule: RuleId, target: number): Measure => ({
  id,
  name,
  unit: 'share',
  direction: 'lower-is-better',
  target,
  count: (r) => [r.flagged[rule] ?? 0, r.notes],
});

/**
 * The note measures computed from daily roll-ups (cost grows with days shown, not notes stored).
 * Care-plan, audit and sample measures come from their own modules.
 */
export const NOTE_MEASURES: readonly Measure[] = [
  flaggedShare('vague', 'Notes flagged vague', 'vague', 0.15),
  flaggedShare('copied-forward', 'Notes copied forward', 'copied-forward', 0.05),
  flaggedShare('late-entry', 'Notes written late', 'late-entry', 0.1),
  { id: 'mean-score', name: 'Mean note score', unit: 'score', direction: 'higher-is-better', target: 80, count: (r) => [r.scoreSum, r.notes] },
];

export const periodOf = (day: string, period: Period): string => (period === 'week' ? mondayOf(day) : `${day.slice(0, 7)}-01`);

const matches = (r: DailyRollup, f: SegmentFilter) =>
  (f.unit === undefined || r.unit === f.unit) && (f.shift === undefined || r.shift === f.shift) && (f.dayType === undefined || r.dayType === f.dayType);

/** A measure per period, oldest first, from the roll-ups of one segment (or all). */
export function measurePoints(measure: Measure, rollups: readonly DailyRollup[], period: Period, filter: SegmentFilter = {}): MeasurePoint[] {
  const acc = new Map<string, { n: number; d: number }>();
  for (const r of rollups) {
    if (!matches(r, filter)) continue;
    const key = periodOf(r.day, period);
    const [n, d] = measure.count(r);
    const a = acc.get(key) ?? { n: 0, d: 0 };
    a.n += n;
    a.d += d;
    acc.set(key, a);
  }
  return [...acc.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, { n, d }]) => ({ period: p, numerator: n, denominator: d, value: d > 0 ? n / d : null }));
}
