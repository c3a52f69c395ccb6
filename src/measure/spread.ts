import { addDaysToKey } from './timeliness/days';
import { londonDayKey } from '../extract/dates/london-time';
import type { Baseline, BaselineFigures } from '../model/settings';
import { frozenFor } from './baseline-figures';
import {
  better,
  DIMENSION_NAME,
  formatValue,
  hasImportedHomes,
  meetsTarget,
  pooledFigure,
  segmentValues,
  type Dimension,
  type Measure,
  type MeasureInputs,
  type SegmentFilter,
} from './measure';
import { mondayOf } from './weekly-rate';

/**
 * The spread table (DOMAIN.md, "Is it broad?"): every segment of every dimension against its own
 * baseline and against the best segment of its dimension now, and whether the gap between the best
 * and the worst segment is narrowing.
 *
 * Decisions (why they are so):
 * - Values are pooled (sum of numerators / sum of denominators) over a period, not a mean of weekly
 *   values: a quiet week must not weigh as much as a busy one, and the pooled share is the figure
 *   an inspector would recompute from the notes.
 * - "Now" is the last `recentWeeks` complete ISO weeks (Monday to Sunday) before the week containing
 *   `now`: the current week is partial, and a partial week (often just today) swings wildly.
 * - Not improved: a segment whose current value is not better than its baseline by at least
 *   `margin` (default 10%) of the baseline, relative. 10% relative is the smallest change a
 *   manager would call an improvement in a sector where "41% vague" is a typical before; an
 *   absolute margin would be meaningless across shares and scores. One exception: a segment that
 *   already met the measure's target in the baseline and still meets it now has nothing to improve,
 *   so it is not listed. A segment without data in either period is `noData`, never "not improved"
 *   (we cannot say), and never "best".
 */

/** 10% relative: see the module comment. */
export const DEFAULT_IMPROVEMENT_MARGIN = 0.1;
export const DEFAULT_RECENT_WEEKS = 8;

export interface SpreadOptions {
  baseline: Baseline;
  /** How many complete weeks make "now". */
  recentWeeks?: number;
  /** Today: a London day key ('2026-11-23') or an instant (epoch ms). */
  now: string | number;
  /** Relative improvement a segment needs on its baseline (0.1 = 10%). */
  margin?: number;
  /** Figures frozen when the baseline was set: a segment's baseline is its frozen figure when there is one. */
  frozen?: BaselineFigures;
}

export interface SpreadRow {
  dimension: Dimension;
  /** The segment's value in its dimension ('Cedar', 'night', 'weekend'). */
  segment: string;
  baseline: number | null;
  current: number | null;
  baselineDenominator: number;
  currentDenominator: number;
  /** current − baseline, in the measure's own units (negative is better when lower is better). */
  change: number | null;
  /** How far the segment is behind the best segment of its dimension now (≥ 0; 0 for the best). */
  gapToBest: number | null;
  best: boolean;
  /** The worst segment of its dimension now. */
  worst: boolean;
  notImproved: boolean;
  noData: boolean;
}

export interface SpreadDimension {
  dimension: Dimension;
  rows: SpreadRow[];
  /** Best-to-worst gap among the segments with a value, in the baseline and now. */
  spreadBaseline: number | null;
  spreadNow: number | null;
  /** True when the gap now is smaller than in the baseline; null when either cannot be measured. */
  narrowing: boolean | null;
}

export interface SpreadTable {
  measureId: string;
  baseline: Baseline;
  /** The "now" window: first Monday and last Sunday, inclusive. */
  recent: { start: string; end: string };
  dimensions: SpreadDimension[];
  /** Every row of every dimension, in dimension order. */
  rows: SpreadRow[];
  /** The rows not improved on their baseline by the margin. */
  notImproved: SpreadRow[];
  /**
   * The worst segment of each dimension when it trails the best by more than the margin (of the
   * best value, or of the target when that is larger): a unit can improve on its own baseline and
   * still lag the others, which is what "is it broad?" asks.
   */
  behind: SpreadRow[];
  /** One sentence naming the segments that have not improved (or saying that all have). */
  sentence: string;
}

export const dayKeyOf = (now: string | number): string => (typeof now === 'number' ? londonDayKey(now) : now);

/** The last `weeks` complete ISO weeks before the week containing `today`: [first Monday, last Sunday]. */
export function recentWindow(today: string, weeks: number): { start: string; end: string } {
  const thisMonday = mondayOf(today);
  return { start: addDaysToKey(thisMonday, -7 * weeks), end: addDaysToKey(thisMonday, -1) };
}

const filterOf = (dimension: Dimension, segment: string): SegmentFilter => ({ [dimension]: segment }) as SegmentFilter;

/**
 * Improved on the baseline by at least `margin` of it (relative), in the measure's direction. A gap
 * in percentage points can sit at or below zero, where a relative change means nothing: it must
 * close by `margin` of the larger of the baseline gap and the target.
 */
export function improvedBy(measure: Measure, baseline: number, current: number, margin: number): boolean {
  if (measure.unit === 'points') return current <= baseline - margin * Math.max(Math.abs(baseline), measure.target);
  return measure.direction === 'lower-is-better' ? current <= baseline * (1 - margin) : current >= baseline * (1 + margin);
}

/** A gap between two values of a measure: percentage points for shares, the unit's own otherwise. */
const formatGap = (measure: Measure, gap: number): string =>
  measure.unit === 'share' || measure.unit === 'points' ? `${(gap * 100).toFixed(1)} points` : formatValue(measure, gap);

function spreadOf(measure: Measure, values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2) return null;
  return Math.max(...xs) - Math.min(...xs);
}

export function spreadTable(measure: Measure, inputs: MeasureInputs, opts: SpreadOptions): SpreadTable {
  const margin = opts.margin ?? DEFAULT_IMPROVEMENT_MARGIN;
  const weeks = opts.recentWeeks ?? DEFAULT_RECENT_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1) throw new Error(`recentWeeks must be a whole number of weeks, at least 1 (got ${weeks}).`);
  const recent = recentWindow(dayKeyOf(opts.now), weeks);
  const { baseline } = opts;

  // Home is a dimension of the organisational view only: with one home there is nothing to spread.
  const split = measure.dimensions.filter((d) => d !== 'home' || hasImportedHomes(inputs));
  const dimensions: (SpreadDimension & { bestNow: number | null })[] = split.map((dimension) => {
    const raw = segmentValues(inputs, dimension).map((segment) => {
      const f = filterOf(dimension, segment);
      const kept = frozenFor(opts.frozen, baseline, measure.id, f);
      const before = kept ?? pooledFigure(measure, inputs, f, baseline.start, baseline.end);
      return { segment, before, now: pooledFigure(measure, inputs, f, recent.start, recent.end) };
    });
    const currents = raw.map((r) => r.now.value).filter((v): v is number => v !== null);
    const bestNow = currents.length ? currents.reduce((a, b) => (better(measure, b, a) ? b : a)) : null;
    const worstNow = currents.length ? currents.reduce((a, b) => (better(measure, a, b) ? b : a)) : null;
    const rows: SpreadRow[] = raw.map(({ segment, before, now }) => {
      const b = before.value;
      const c = now.value;
      const noData = b === null || c === null;
      const fine = b !== null && c !== null && meetsTarget(measure, b) && meetsTarget(measure, c);
      return {
        dimension,
        segment,
        baseline: b,
        current: c,
        baselineDenominator: before.denominator,
        currentDenominator: now.denominator,
        change: b !== null && c !== null ? c - b : null,
        gapToBest: c !== null && bestNow !== null ? Math.abs(c - bestNow) : null,
        best: c !== null && c === bestNow && currents.length > 1,
        worst: c !== null && c === worstNow && currents.length > 1,
        notImproved: !noData && !fine && !improvedBy(measure, b, c, margin),
        noData,
      };
    });
    const spreadBaseline = spreadOf(measure, rows.map((r) => r.baseline));
    const spreadNow = spreadOf(measure, rows.map((r) => r.current));
    const narrowing = spreadBaseline === null || spreadNow === null ? null : spreadNow < spreadBaseline;
    return { dimension, rows, spreadBaseline, spreadNow, narrowing, bestNow };
  });

  const rows = dimensions.flatMap((d) => d.rows);
  const notImproved = rows.filter((r) => r.notImproved);
  const behind = dimensions.flatMap((d) =>
    d.rows.filter((r) => r.worst && d.bestNow !== null && r.gapToBest !== null && r.gapToBest > margin * Math.max(Math.abs(d.bestNow), measure.target)),
  );
  const pct = `${Math.round(margin * 100)}%`;
  const named = notImproved.map((r) => `${r.segment} (${DIMENSION_NAME[r.dimension]}: ${formatValue(measure, r.baseline)} then, ${formatValue(measure, r.current)} now)`);
  const sentence = notImproved.length
    ? `${measure.name}: ${notImproved.length === 1 ? 'one segment has' : `${notImproved.length} segments have`} not improved by at least ${pct} on the baseline: ${named.join(', ')}.`
    : rows.some((r) => !r.noData)
      ? `${measure.name}: every segment with data has improved by at least ${pct} on its baseline, or stayed at target.`
      : `${measure.name}: no segment has data in both the baseline and the last ${weeks} weeks.`;
  // A segment already named as not improved is not named twice.
  const trailing = behind.filter((r) => !r.notImproved).map((r) => `${r.segment} (${DIMENSION_NAME[r.dimension]}: ${formatValue(measure, r.current)}, ${formatGap(measure, r.gapToBest!)} behind the best)`);
  const full = trailing.length ? `${sentence} Furthest behind now: ${trailing.join(', ')}.` : sentence;
  return { measureId: measure.id, baseline, recent, dimensions: dimensions.map(({ bestNow: _b, ...d }) => d), rows, notImproved, behind, sentence: full };
}
