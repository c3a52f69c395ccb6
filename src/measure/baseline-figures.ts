import type { Baseline, BaselineFigures, FrozenFigure } from '../model/settings';
import { measurePoints, periodOf, pooledFigure, segmentValues, type Measure, type MeasureInputs, type SegmentFilter } from './measure';
import { limitsOf, xmrLimits, type XmrLimits } from './spc';

/** The key of one measure in one segment: `vague|all`, `vague|unit:Cedar`. */
export function figureKey(measureId: string, filter: SegmentFilter): string {
  const [dimension, value] = Object.entries(filter).find(([, v]) => v !== undefined) ?? [];
  return `${measureId}|${dimension === undefined ? 'all' : `${dimension}:${value}`}`;
}

/** One measure in one segment over the baseline: the pooled figure and the XmR limits of its judged periods. */
export function baselineFigure(measure: Measure, inputs: MeasureInputs, baseline: Baseline, filter: SegmentFilter = {}): FrozenFigure {
  const { value, denominator } = pooledFigure(measure, inputs, filter, baseline.start, baseline.end);
  const from = periodOf(baseline.start, measure.period);
  const to = periodOf(baseline.end, measure.period);
  const judged = measurePoints(measure, inputs, measure.period, filter)
    .filter((p) => p.period >= from && p.period <= to && p.value !== null && p.denominator >= measure.minDenominator)
    .map((p) => p.value!);
  const l = xmrLimits(judged);
  return { value, denominator, limits: l ? { mean: l.mean, movingRangeMean: l.movingRangeMean, count: l.count } : null };
}

/** Every measure, for all records and each segment, frozen as the inputs stand now. */
export function freezeBaselineFigures(measures: readonly Measure[], inputs: MeasureInputs, baseline: Baseline, now: number): BaselineFigures {
  const figures: BaselineFigures['figures'] = {};
  for (const m of measures) {
    const filters: SegmentFilter[] = [{}, ...m.dimensions.flatMap((d) => segmentValues(inputs, d).map((v) => ({ [d]: v }) as SegmentFilter))];
    for (const f of filters) {
      const fig = baselineFigure(m, inputs, baseline, f);
      if (fig.denominator > 0) figures[figureKey(m.id, f)] = fig;
    }
  }
  return { frozenAt: now, start: baseline.start, end: baseline.end, figures };
}

/** The frozen figure for a measure and segment, when frozen for this same baseline period. */
export function frozenFor(frozen: BaselineFigures | undefined, baseline: Baseline | undefined, measureId: string, filter: SegmentFilter): FrozenFigure | undefined {
  if (!frozen || !baseline || frozen.start !== baseline.start || frozen.end !== baseline.end) return undefined;
  return frozen.figures[figureKey(measureId, filter)];
}

export const frozenLimits = (f: FrozenFigure | undefined): XmrLimits | undefined => (f?.limits ? limitsOf(f.limits.mean, f.limits.movingRangeMean, f.limits.count) : undefined);
