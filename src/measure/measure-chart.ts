import type { Baseline, FrozenFigure } from '../model/settings';
import { frozenLimits } from './baseline-figures';
import { formatValue, periodOf, type Measure, type MeasurePoint, type Period } from './measure';
import {
  assuranceVerdict,
  labelSignal,
  MIN_POINTS_FOR_LIMITS,
  specialCauses,
  variationVerdict,
  xmrSeries,
  type AssuranceVerdict,
  type LabelledSignal,
  type SignalLabel,
  type VariationVerdict,
  type XmrPoint,
} from './spc';

export interface ChartPoint extends XmrPoint {
  /** The value shown (also for a period too small to judge). */
  shown: number | null;
  denominator: number;
  judged: boolean;
  /** Improvement or concern when a signal covers this point. */
  label?: SignalLabel;
}

export interface MeasureChart {
  measure: Measure;
  points: ChartPoint[];
  signals: LabelledSignal[];
  variation: VariationVerdict;
  assurance: AssuranceVerdict | undefined;
  /** What the manager should know before reading the chart (a provisional baseline, few points). */
  warnings: string[];
  /** True when the baseline limits are the figures frozen when the baseline was set. */
  frozen: boolean;
}

/**
 * A measure as an XmR chart against its baseline: limits from the baseline periods (frozen), or
 * new limits from each intervention when asked; special causes labelled by the measure's
 * direction; the variation verdict of the latest point and the assurance verdict against target
 * (always on the limits of the process since the last intervention).
 * Without a baseline the first 12 periods stand in for one, and the chart says so.
 */
export function measureChart(
  measure: Measure,
  points: readonly MeasurePoint[],
  opts: {
    period: Period;
    baseline?: Baseline;
    interventions?: readonly { day: string }[];
    recalcAtInterventions?: boolean;
    /** The baseline's figures frozen when it was set, for this measure and segment. */
    frozen?: FrozenFigure;
  },
): MeasureChart | undefined {
  const warnings: string[] = [];
  const from = opts.baseline ? periodOf(opts.baseline.start, opts.period) : undefined;
  const shown = points.filter((p) => from === undefined || p.period >= from);
  if (shown.length < 2) return undefined;
  let baselineEnd: string;
  if (opts.baseline) {
    baselineEnd = periodOf(opts.baseline.end, opts.period);
  } else {
    baselineEnd = shown[Math.min(MIN_POINTS_FOR_LIMITS, shown.length) - 1]!.period;
    warnings.push(`No baseline set: the limits come from the first ${Math.min(MIN_POINTS_FOR_LIMITS, shown.length)} ${opts.period}s.`);
  }
  // A period on too small a denominator is shown but not judged (spc/proportions.ts says why).
  const prepared = shown.map((p) => {
    const judged = p.value !== null && p.denominator >= measure.minDenominator;
    return { period: p.period, value: judged ? p.value : null, proportion: p.value, denominator: p.denominator, judged };
  });
  const recalcAt = opts.recalcAtInterventions
    ? [...new Set((opts.interventions ?? []).map((i) => periodOf(i.day, opts.period)))].filter((p) => p > baselineEnd).sort()
    : [];
  // Frozen limits only apply to the chart's own period (a figure frozen weekly says nothing of months).
  const baselineLimits = opts.baseline && opts.period === measure.period ? frozenLimits(opts.frozen) : undefined;
  const series = xmrSeries(prepared, { baselineEnd, recalcAt, ...(baselineLimits ? { baselineLimits } : {}) });
  if (baselineLimits) {
    const live = xmrSeries(prepared, { baselineEnd })[0]?.limits;
    if (!live || Math.abs(live.mean - baselineLimits.mean) > Math.max(1e-9, 0.01 * Math.abs(baselineLimits.mean))) {
      warnings.push(
        `The baseline mean is the figure frozen when the baseline was set (${formatValue(measure, baselineLimits.mean)}); the records now held for that period give ${formatValue(measure, live?.mean ?? null)}. Set the baseline again to use them.`,
      );
    }
  }
  const signals = specialCauses(series).map((s) => labelSignal(s, measure.direction));
  const labels = new Map<number, SignalLabel>();
  // A point in an improvement and a concern at once shows the concern: it is the one to act on.
  for (const s of signals) for (const i of s.indices) if (labels.get(i) !== 'concern') labels.set(i, s.label);
  const chartPoints = series.map((p, i) => ({
    ...p,
    shown: prepared[i]!.proportion,
    denominator: prepared[i]!.denominator,
    judged: prepared[i]!.judged,
    ...(labels.has(i) ? { label: labels.get(i)! } : {}),
  }));
  // Assurance is about the process as it runs now: with frozen baseline limits, judge the target
  // against limits recalculated from the last intervention (Making Data Count recalculates after a
  // sustained change), not against the old process.
  const since = [...new Set((opts.interventions ?? []).map((i) => periodOf(i.day, opts.period)))].filter((p) => p > baselineEnd).sort();
  const assuranceSeries =
    recalcAt.length || !since.length ? series : xmrSeries(prepared, { baselineEnd, recalcAt: since.slice(-1), ...(baselineLimits ? { baselineLimits } : {}) });
  if (series.some((p) => p.fewPoints)) warnings.push(`Some limits rest on fewer than ${MIN_POINTS_FOR_LIMITS} points: read them with care.`);
  const unjudged = prepared.filter((p) => p.proportion !== null && !p.judged).length;
  if (unjudged) warnings.push(`${unjudged} ${opts.period === 'week' ? 'weeks' : 'months'} had too little behind them to judge (under ${measure.minDenominator}) and are shown without being tested.`);
  return {
    measure,
    points: chartPoints,
    signals,
    variation: variationVerdict(series, signals, measure.direction).verdict,
    assurance: assuranceVerdict(assuranceSeries, measure.direction, measure.target),
    warnings,
    frozen: !!baselineLimits,
  };
}
