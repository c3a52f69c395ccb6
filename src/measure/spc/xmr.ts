import { z } from 'zod';

/**
 * XmR (individuals and moving range) limits, as NHS England's "Making Data Count" draws them.
 *
 * Why XmR: care-record measures are one number a period (a weekly share of vague notes, a backlog
 * count). The XmR chart needs no assumption about the distribution and is the chart Making Data
 * Count recommends for almost every such measure.
 */

/** 3 / d2 where d2 = 1.128 for moving ranges of two points: the width of the natural process limits. */
export const LIMIT_FACTOR = 2.66;
/** "Two-thirds of the way to a limit" for the 2-of-3 rule: 2/3 × 2.66 ≈ 1.77 moving ranges. */
export const TWO_THIRDS_FACTOR = (2 / 3) * LIMIT_FACTOR;
/** One-third of the way: drawn as a guide band only, no rule uses it. */
export const ONE_THIRD_FACTOR = LIMIT_FACTOR / 3;
/** Making Data Count asks for at least 12 points (ideally 20) before limits are trusted. */
export const MIN_POINTS_FOR_LIMITS = 12;

export interface XmrLimits {
  mean: number;
  /** Mean of |x[i] − x[i−1]| over consecutive points used for the limits. */
  movingRangeMean: number;
  upper: number;
  lower: number;
  upperTwoThirds: number;
  lowerTwoThirds: number;
  upperOneThird: number;
  lowerOneThird: number;
  /** How many points the limits rest on. */
  count: number;
  /**
   * True when every point was equal (mean moving range 0): the limits collapse onto the mean, so
   * any later value that differs at all is "beyond a limit". That is the honest arithmetic for a
   * perfectly steady process (e.g. 0% vague every week) but a screen should say so.
   */
  flat: boolean;
}

/**
 * Limits from a run of values, in time order. Undefined for fewer than two values: with no moving
 * range there is no measure of routine variation, and a limit would be invented.
 * The lower limit is not clamped (a share can get a negative lower limit); clipping is a display choice.
 */
export function xmrLimits(points: readonly number[]): XmrLimits | undefined {
  if (points.length < 2) return undefined;
  const mean = points.reduce((s, v) => s + v, 0) / points.length;
  let rangeSum = 0;
  for (let i = 1; i < points.length; i++) rangeSum += Math.abs(points[i]! - points[i - 1]!);
  return limitsOf(mean, rangeSum / (points.length - 1), points.length);
}

/** Every line of an XmR chart from its mean and mean moving range (e.g. figures frozen earlier). */
export function limitsOf(mean: number, movingRangeMean: number, count: number): XmrLimits {
  const band = (f: number) => f * movingRangeMean;
  return {
    mean,
    movingRangeMean,
    upper: mean + band(LIMIT_FACTOR),
    lower: mean - band(LIMIT_FACTOR),
    upperTwoThirds: mean + band(TWO_THIRDS_FACTOR),
    lowerTwoThirds: mean - band(TWO_THIRDS_FACTOR),
    upperOneThird: mean + band(ONE_THIRD_FACTOR),
    lowerOneThird: mean - band(ONE_THIRD_FACTOR),
    count,
    flat: movingRangeMean === 0,
  };
}

/** One period of a measure; null when the period has no data (kept on the chart as a gap). */
export const SpcInputPointSchema = z.object({ period: z.string().min(1), value: z.number().finite().nullable() });
export type SpcInputPoint = z.infer<typeof SpcInputPointSchema>;

/** Where the baseline ends and where, after a deliberate change in practice, new limits start. */
export const XmrSeriesOptionsSchema = z.object({
  /** Inclusive last baseline period: the "before" the limits are frozen on. */
  baselineEnd: z.string().min(1),
  /** Periods where new limits start (after baselineEnd), e.g. when a new template went live. */
  recalcAt: z.array(z.string().min(1)).default([]),
  /** Limits frozen when the baseline was set: used for segment 0 instead of recomputing them. */
  baselineLimits: z.custom<XmrLimits>((v) => typeof v === 'object' && v !== null && typeof (v as XmrLimits).mean === 'number').optional(),
});
export type XmrSeriesOptions = z.input<typeof XmrSeriesOptionsSchema>;

export interface XmrPoint {
  period: string;
  value: number | null;
  /** 0 for the baseline limits, k for the limits starting at recalcAt[k − 1]. */
  segment: number;
  /** The limits in force at this point; undefined when its segment has under two values. */
  limits: XmrLimits | undefined;
  /** True when those limits rest on fewer than 12 points: read signals with care. */
  fewPoints: boolean;
}

/**
 * Each point with the limits of its segment.
 *
 * - Segment 0 runs from the first point up to the first recalculation; its limits come from the
 *   baseline points only (period ≤ baselineEnd) and are then frozen, so later weeks are judged
 *   against the "before" and not against themselves.
 * - Segment k (k ≥ 1) starts at the first period ≥ recalcAt[k − 1]; its limits come from all its
 *   own points up to the next recalculation, however few (flagged `fewPoints` under 12).
 * - Null values are kept in the output but skipped for limits: the moving range spans the gap,
 *   pairing the values either side of it.
 *
 * Periods are compared as strings, so they must sort in time order (ISO days or weeks do).
 */
export function xmrSeries(points: readonly SpcInputPoint[], opts: XmrSeriesOptions): XmrPoint[] {
  const { baselineEnd, recalcAt, baselineLimits } = XmrSeriesOptionsSchema.parse(opts);
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.period <= points[i - 1]!.period) throw new Error(`Periods must be strictly increasing (at ${points[i]!.period}).`);
  }
  const starts = [...recalcAt].sort();
  for (const r of starts) {
    if (r <= baselineEnd) throw new Error(`A recalculation (${r}) must start after the baseline ends (${baselineEnd}).`);
  }
  const segmentOf = (period: string) => starts.filter((s) => s <= period).length;

  const bySegment = new Map<number, number[]>();
  for (const p of points) {
    if (p.value === null) continue;
    const seg = segmentOf(p.period);
    if (seg === 0 && p.period > baselineEnd) continue; // frozen: after-baseline points do not move the limits
    bySegment.set(seg, [...(bySegment.get(seg) ?? []), p.value]);
  }
  const limitsBySegment = new Map<number, XmrLimits | undefined>();
  for (const [seg, values] of bySegment) limitsBySegment.set(seg, xmrLimits(values));
  if (baselineLimits) limitsBySegment.set(0, baselineLimits);

  return points.map((p) => {
    const segment = segmentOf(p.period);
    const limits = limitsBySegment.get(segment);
    return { period: p.period, value: p.value, segment, limits, fewPoints: (limits?.count ?? 0) < MIN_POINTS_FOR_LIMITS };
  });
}
