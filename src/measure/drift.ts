import { addDaysToKey } from './timeliness/days';
import type { Baseline, BaselineFigures, Intervention } from '../model/settings';
import { frozenFor, frozenLimits as keptLimits } from './baseline-figures';
import { better, DIMENSION_NAME, formatValue, measurePoints, segmentValues, type Measure, type MeasureInputs, type SegmentFilter } from './measure';
import {
  labelSignal,
  MIN_POINTS_FOR_LIMITS,
  SHIFT_LENGTH,
  specialCauses,
  TREND_LENGTH,
  xmrSeries,
  type LabelledSignal,
  type SpcInputPoint,
  type SpcRule,
  type XmrLimits,
} from './spc';
import { dayKeyOf } from './spread';
import { mondayOf } from './weekly-rate';

/**
 * Early warning of drift (DOMAIN.md, "Would leaders see drift early?"): a segment that improved
 * and is now slipping back, with the week the slip was first seen.
 *
 * How, per segment (all records, then each segment of each of the measure's dimensions), on
 * complete ISO weeks:
 * 1. Baseline limits: XmR limits frozen on the weeks whose Monday falls in the baseline period
 *    (as `baselineMean` counts them). Weeks with a denominator under the measure's minimum (20
 *    notes, say) are shown as gaps, never judged (see spc/proportions.ts).
 * 2. Improvement: a special-cause improvement signal against those limits, starting on or after
 *    the week of the first intervention after the baseline (before it, a good week is chance, not
 *    the change). No improvement signal: no drift warning (the spread table reports such segments).
 * 3. Where the post-improvement limits start:
 *    - with `recalcAfterWeeks`: that many weeks after the week of that intervention (a provider who
 *      knows its change took, say, 10 weeks to bed in says so);
 *    - otherwise found from the data: the first week, from the first improvement signal on, whose
 *      next 12 judged weeks (MIN_POINTS_FOR_LIMITS, Making Data Count's minimum for limits) show no
 *      special cause against their own limits, i.e. the first stretch where the new level has
 *      settled. Starting at the first signal itself would put the still-falling ramp into the
 *      limits: a high mean and wide limits that hide a slip back to a half-improved level.
 *    The limits rest on those 12 weeks and are then frozen, so a slip cannot widen its own limits.
 *    The settled level must itself be better than the baseline mean, or the segment did not improve.
 * 4. A concern signal (any of the four rules, on the bad side) completed after those 12 weeks raises
 *    one warning for the segment: the earliest such signal. `firstSeen` is the week in which the
 *    rule was first met (the 7th point of a shift or trend, the 2nd close point of 2-of-3, the
 *    point beyond a limit): the week a leader looking weekly could first have seen it.
 */

export interface DriftOptions {
  baseline: Baseline;
  interventions: readonly Intervention[];
  /** Today: a London day key or an instant (epoch ms). The current (partial) week is not judged. */
  now: string | number;
  /** Post-improvement limits start this many weeks after the intervention's week (else found from the data). */
  recalcAfterWeeks?: number;
  /** Weeks with a smaller denominator are gaps (default: the measure's own minimum). */
  minDenominator?: number;
  /** Figures frozen when the baseline was set: their limits are the baseline limits. */
  frozen?: BaselineFigures;
}

export type DriftDimension = 'all' | 'unit' | 'shift' | 'dayType' | 'role' | 'home';

export interface DriftWarning {
  measureId: string;
  dimension: DriftDimension;
  /** The segment as shown: 'all notes', 'Birch', 'night shift', 'weekend'. */
  segment: string;
  filter: SegmentFilter;
  /** Monday of the week the slip was first seen. */
  firstSeen: string;
  rule: SpcRule;
  /** Monday of the first week the post-improvement limits rest on. */
  limitsFrom: string;
  baselineMean: number;
  improvedMean: number;
  sentence: string;
}

interface SegmentDef {
  dimension: DriftDimension;
  label: string;
  filter: SegmentFilter;
}

const SEGMENT_LABEL: Record<string, string> = { day: 'day shift', night: 'night shift', weekday: 'weekdays', weekend: 'weekend' };

function segmentsOf(measure: Measure, inputs: MeasureInputs): SegmentDef[] {
  return [
    { dimension: 'all', label: `all ${measure.source}`, filter: {} },
    ...measure.dimensions.flatMap((dimension) =>
      segmentValues(inputs, dimension).map(
        (value): SegmentDef => ({
          dimension,
          label: dimension === 'role' ? `${value} (${DIMENSION_NAME.role})` : (SEGMENT_LABEL[value] ?? value),
          filter: { [dimension]: value } as SegmentFilter,
        }),
      ),
    ),
  ];
}

/** The week in which a signal's rule was first met. */
export function firstSeenOf(signal: { rule: SpcRule; periods: readonly string[] }): string {
  const at = signal.rule === 'shift' ? SHIFT_LENGTH - 1 : signal.rule === 'trend' ? TREND_LENGTH - 1 : signal.rule === 'two-of-three' ? 1 : 0;
  return signal.periods[Math.min(at, signal.periods.length - 1)]!;
}

const RULE_WORDS: Record<SpcRule, string> = {
  'beyond-limit': 'a week beyond the process limit',
  shift: `${SHIFT_LENGTH} weeks in a row on the worse side of the mean`,
  trend: `${TREND_LENGTH} weeks in a row each worse than the one before`,
  'two-of-three': '2 of 3 weeks close to the limit on the worse side',
};

/** Judged weekly points of one segment: complete weeks from the baseline's first week, small weeks as gaps. */
function weeklyPoints(measure: Measure, inputs: MeasureInputs, filter: SegmentFilter, firstMonday: string, thisMonday: string, minDen: number): SpcInputPoint[] {
  return measurePoints(measure, inputs, 'week', filter)
    .filter((p) => p.period >= firstMonday && p.period < thisMonday)
    .map((p) => ({ period: p.period, value: p.denominator >= minDen ? p.value : null }));
}

/** Limits from `window` judged points starting at `from`, and the last period they rest on. */
function frozenLimits(points: readonly SpcInputPoint[], from: number, size: number): { end: string; limits: XmrLimits; clean: boolean } | undefined {
  const judged: number[] = [];
  for (let i = from; i < points.length && judged.length < size; i++) if (points[i]!.value !== null) judged.push(i);
  if (judged.length < size) return undefined;
  const end = points[judged[judged.length - 1]!]!.period;
  const window = points.slice(from, judged[judged.length - 1]! + 1);
  const series = xmrSeries(window, { baselineEnd: end });
  const limits = series.find((p) => p.limits)?.limits;
  if (!limits) return undefined;
  return { end, limits, clean: specialCauses(series).length === 0 };
}

/**
 * Drift warnings for one measure, one per segment at most. Pure: listing and dismissing is the caller's.
 * Only weekly measures: a monthly one (audits, samples) would need a year after its improvement
 * before its own limits exist, which is not "early"; those are read on their charts instead.
 */
export function driftWarnings(measure: Measure, inputs: MeasureInputs, opts: DriftOptions): DriftWarning[] {
  if (measure.period !== 'week') return [];
  const minDen = opts.minDenominator ?? measure.minDenominator;
  const thisMonday = mondayOf(dayKeyOf(opts.now));
  const firstMonday = mondayOf(opts.baseline.start);
  const baselineEndMonday = mondayOf(opts.baseline.end);
  const intervention = [...opts.interventions]
    .map((i) => i.day)
    .filter((d) => d > opts.baseline.end && d < thisMonday)
    .sort()[0];
  const fromMonday = intervention ? mondayOf(intervention) : addDaysToKey(baselineEndMonday, 7);
  const out: DriftWarning[] = [];

  for (const seg of segmentsOf(measure, inputs)) {
    const points = weeklyPoints(measure, inputs, seg.filter, firstMonday, thisMonday, minDen);
    if (!points.some((p) => p.period <= baselineEndMonday && p.value !== null)) continue;
    const kept = keptLimits(frozenFor(opts.frozen, opts.baseline, measure.id, seg.filter));
    const series = xmrSeries(points, { baselineEnd: baselineEndMonday, ...(kept ? { baselineLimits: kept } : {}) });
    const baseLimits = series[0]?.limits;
    if (!baseLimits) continue;
    const improvement = specialCauses(series)
      .map((s) => labelSignal(s, measure.direction))
      .find((s) => s.label === 'improvement' && s.periods[0]! >= fromMonday);
    if (!improvement) continue;

    let start: number;
    let post: ReturnType<typeof frozenLimits>;
    if (opts.recalcAfterWeeks !== undefined) {
      const from = addDaysToKey(fromMonday, 7 * opts.recalcAfterWeeks);
      start = points.findIndex((p) => p.period >= from);
      post = start < 0 ? undefined : frozenLimits(points, start, MIN_POINTS_FOR_LIMITS);
    } else {
      start = points.findIndex((p) => p.period === improvement.periods[0]);
      post = undefined;
      for (; start < points.length; start++) {
        if (points[start]!.value === null) continue;
        const candidate = frozenLimits(points, start, MIN_POINTS_FOR_LIMITS);
        if (!candidate) break;
        if (candidate.clean) {
          post = candidate;
          break;
        }
      }
    }
    if (!post || !better(measure, post.limits.mean, baseLimits.mean)) continue;

    const after = points.slice(start);
    const concern = specialCauses(xmrSeries(after, { baselineEnd: post.end }))
      .map((s): LabelledSignal => labelSignal(s, measure.direction))
      .filter((s) => s.label === 'concern')
      .map((s) => ({ s, seen: firstSeenOf(s) }))
      .filter(({ seen }) => seen > post.end)
      .sort((a, b) => a.seen.localeCompare(b.seen))[0];
    if (!concern) continue;

    const f = (v: number) => formatValue(measure, v);
    const latest = [...after].reverse().find((p) => p.value !== null)?.value ?? null;
    out.push({
      measureId: measure.id,
      dimension: seg.dimension,
      segment: seg.label,
      filter: seg.filter,
      firstSeen: concern.seen,
      rule: concern.s.rule,
      limitsFrom: points[start]!.period,
      baselineMean: baseLimits.mean,
      improvedMean: post.limits.mean,
      sentence:
        `${measure.name}, ${seg.label}: slipping back since the week of ${concern.seen} (${RULE_WORDS[concern.s.rule]}). ` +
        `It improved from ${f(baseLimits.mean)} in the baseline to ${f(post.limits.mean)} from the week of ${points[start]!.period}` +
        (latest === null ? '.' : `; last complete week ${formatValue(measure, latest)}.`),
    });
  }
  return out;
}
