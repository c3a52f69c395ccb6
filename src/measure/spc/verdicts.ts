import { z } from 'zod';
import type { Signal, SignalSide } from './special-cause';
import type { XmrPoint } from './xmr';

/**
 * The two Making Data Count verdicts (the "variation" and "assurance" icons), in words.
 * A measure's direction turns a signal's side into good or bad news.
 */

export const DirectionSchema = z.enum(['higher-is-better', 'lower-is-better']);
export type Direction = z.infer<typeof DirectionSchema>;

export type SignalLabel = 'improvement' | 'concern';
export type LabelledSignal = Signal & { label: SignalLabel };

/** A high or rising signal is an improvement when higher is better, a concern when lower is better. */
export function labelSignal(signal: Signal, direction: Direction): LabelledSignal {
  const good: SignalSide = direction === 'higher-is-better' ? 'high' : 'low';
  return { ...signal, label: signal.side === good ? 'improvement' : 'concern' };
}

export type VariationVerdict = 'common-cause' | 'special-cause-improvement' | 'special-cause-concern';

export interface Variation {
  verdict: VariationVerdict;
  /** The latest period with a judged value; undefined when no point could be judged. */
  period: string | undefined;
  /** The signal behind a special-cause verdict. */
  signal: LabelledSignal | undefined;
}

/**
 * The variation verdict for the latest judged point (the last with a value and limits; a trailing
 * empty week does not hide the latest evidence).
 *
 * Among the signals touching that point, the most recent wins: the one whose first point is latest,
 * because it describes what the process is doing now. If an improvement and a concern start at the
 * same point (e.g. a rising trend that is still below the mean), improvement is shown, as the
 * Making Data Count single-chart tool does. No signal on the latest point: common cause.
 */
export function variationVerdict(series: readonly XmrPoint[], signals: readonly Signal[], direction: Direction): Variation {
  let latest = -1;
  series.forEach((p, i) => {
    if (p.value !== null && p.limits !== undefined) latest = i;
  });
  if (latest < 0) return { verdict: 'common-cause', period: undefined, signal: undefined };
  const touching = signals
    .filter((s) => s.indices.includes(latest))
    .map((s) => labelSignal(s, direction))
    .sort((a, b) => b.indices[0]! - a.indices[0]! || (a.label === 'improvement' ? -1 : 0) - (b.label === 'improvement' ? -1 : 0));
  const chosen = touching[0];
  const period = series[latest]!.period;
  if (!chosen) return { verdict: 'common-cause', period, signal: undefined };
  return { verdict: chosen.label === 'improvement' ? 'special-cause-improvement' : 'special-cause-concern', period, signal: chosen };
}

export type AssuranceVerdict = 'consistently-meeting' | 'consistently-missing' | 'hit-and-miss';

/**
 * Will the process, left as it is, meet the target? Judged against the limits in force at the
 * latest point that has limits (the current process, not the baseline if limits were recalculated).
 *
 * - target outside the limits on the bad side (below the lower limit when higher is better): every
 *   routine value beats it, so consistently meeting;
 * - outside on the good side: no routine value reaches it, so consistently missing;
 * - within the limits, or exactly on one: hit and miss.
 * Undefined without a target, or when no segment has limits.
 */
export function assuranceVerdict(series: readonly XmrPoint[], direction: Direction, target?: number): AssuranceVerdict | undefined {
  if (target === undefined) return undefined;
  const limits = [...series].reverse().find((p) => p.limits !== undefined)?.limits;
  if (!limits) return undefined;
  const higherIsBetter = direction === 'higher-is-better';
  if (target < limits.lower) return higherIsBetter ? 'consistently-meeting' : 'consistently-missing';
  if (target > limits.upper) return higherIsBetter ? 'consistently-missing' : 'consistently-meeting';
  return 'hit-and-miss';
}
