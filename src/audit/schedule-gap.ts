import { percent, type ScoredCycle } from './cycle-series';

/**
 * Does it hold without prompting? DOMAIN.md: "unscheduled samples as good as scheduled audits".
 * Records written when staff know an audit is due can look better than everyday ones; the gap
 * between the two kinds of cycle is tracked as a measure of its own.
 *
 * Each mean is over the last `k` cycles of its own kind (not the last `k` cycles overall), so a
 * run of monthly scheduled audits does not crowd the occasional unannounced one out of the window.
 */
export interface GapSide {
  mean: number | null;
  cycles: number;
}

/** What the gap says, for the words and the help beside it. */
export type ScheduleGapStatus = 'no-gap-yet' | 'same' | 'unscheduled-lower' | 'unscheduled-higher';

export interface ScheduleGap {
  status: ScheduleGapStatus;
  lastCycles: number;
  scheduled: GapSide;
  unscheduled: GapSide;
  /** Scheduled minus unscheduled: above zero when unannounced audits find weaker records. */
  gap: number | null;
  reason: string;
}

function side(series: readonly ScoredCycle[], scheduled: boolean, k: number): GapSide {
  const scores = series
    .filter((s) => s.cycle.scheduled === scheduled && s.results.score !== null)
    .slice(-k)
    .map((s) => s.results.score!);
  return { mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null, cycles: scores.length };
}

/** `series` in time order. */
export function scheduleGap(series: readonly ScoredCycle[], k = 3): ScheduleGap {
  const lastCycles = Math.max(1, Math.floor(k));
  const scheduled = side(series, true, lastCycles);
  const unscheduled = side(series, false, lastCycles);
  if (scheduled.mean === null || unscheduled.mean === null) {
    const lacking = scheduled.mean === null ? 'scheduled' : 'unscheduled';
    return { status: 'no-gap-yet', lastCycles, scheduled, unscheduled, gap: null, reason: `No gap yet: no scored ${lacking} cycle to compare with.` };
  }
  const gap = scheduled.mean - unscheduled.mean;
  const points = Math.round(Math.abs(gap) * 100);
  const basis = `scheduled ${percent(scheduled.mean)} over ${scheduled.cycles}, unscheduled ${percent(unscheduled.mean)} over ${unscheduled.cycles}`;
  const status: ScheduleGapStatus = points === 0 ? 'same' : gap > 0 ? 'unscheduled-lower' : 'unscheduled-higher';
  const reason =
    points === 0
      ? `Unscheduled audits score the same as scheduled ones (${basis}).`
      : gap > 0
        ? `Unscheduled audits score ${points} points lower than scheduled ones (${basis}).`
        : `Unscheduled audits score ${points} points higher than scheduled ones (${basis}).`;
  return { status, lastCycles, scheduled, unscheduled, gap, reason };
}
