import type { SpcInputPoint } from './xmr';

/**
 * Proportions with a varying denominator (e.g. the weekly share of notes that are vague, where
 * weeks have different note counts).
 *
 * Decision: plot the proportion itself on an XmR chart, as Making Data Count advises for most
 * cases, rather than a p-chart with limits that widen and narrow week by week: an XmR chart lets
 * the data set the routine variation (p-charts are often too tight on real care data, which is
 * over-dispersed) and keeps one chart shape across every measure. Its weakness is a week built on
 * a handful of notes, whose share swings wildly; such a week is shown but not judged: its value
 * becomes null for the chart, so it neither moves the limits nor joins or breaks a run.
 */

export const MIN_DENOMINATOR = 20;

export interface ProportionCount {
  period: string;
  numerator: number;
  denominator: number;
}

export interface ProportionPoint extends SpcInputPoint {
  /** The share for display, even when not judged; null when the denominator is 0. */
  proportion: number | null;
  denominator: number;
  /** False when the denominator is under the minimum: shown, but left out of limits and rules. */
  judged: boolean;
}

/** Proportions ready for xmrSeries: `value` is the proportion when judged, null when the week is too small. */
export function proportionPoints(counts: readonly ProportionCount[], minDenominator = MIN_DENOMINATOR): ProportionPoint[] {
  return counts.map(({ period, numerator, denominator }) => {
    const proportion = denominator > 0 ? numerator / denominator : null;
    const judged = proportion !== null && denominator >= minDenominator;
    return { period, value: judged ? proportion : null, proportion, denominator, judged };
  });
}
