import type { XmrPoint } from './xmr';

/**
 * The four Making Data Count special-cause rules, each returning the points it flags and why.
 *
 * Shared decisions (why they are so):
 * - Only points with a value and limits are judged; null periods are skipped, so the points either
 *   side of a gap count as consecutive (a missing week is no evidence the process changed).
 * - Runs and windows never continue across a recalculation: each segment has its own mean, and a
 *   recalculation says "the process changed here", so evidence from before it must not help a run after it.
 * - Ties are explicit: a value within TIE_TOLERANCE of the mean is ON the mean and breaks a shift;
 *   two consecutive values that close break a trend; a value that close to a limit is not beyond it.
 *   The tolerance only absorbs floating-point noise (a mean of 0.1 + 0.2 is not exactly 0.3).
 */

export type SpcRule = 'beyond-limit' | 'shift' | 'trend' | 'two-of-three';
/** Which way a signal points: above the mean / rising, or below / falling. */
export type SignalSide = 'high' | 'low';

export interface Signal {
  rule: SpcRule;
  side: SignalSide;
  /** Indices into the series (which keeps null periods), in time order. */
  indices: number[];
  periods: string[];
  why: string;
}

export const SHIFT_LENGTH = 7;
export const TREND_LENGTH = 7;

const TIE_TOLERANCE = 1e-9;
const near = (a: number, b: number) => Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
const fmt = (n: number) => String(Number(n.toFixed(3)));

type Judged = XmrPoint & { value: number; limits: NonNullable<XmrPoint['limits']> };

/** Indices of judged points, grouped by segment: the stretches within which runs may form. */
function judgedStretches(series: readonly XmrPoint[]): number[][] {
  const stretches: number[][] = [];
  let current: number[] = [];
  let segment: number | undefined;
  series.forEach((p, i) => {
    if (p.value === null || p.limits === undefined) return;
    if (p.segment !== segment) {
      if (current.length) stretches.push(current);
      current = [];
      segment = p.segment;
    }
    current.push(i);
  });
  if (current.length) stretches.push(current);
  return stretches;
}

const at = (series: readonly XmrPoint[], i: number) => series[i] as Judged;

function sideOfMean(p: Judged): SignalSide | 'on' {
  if (near(p.value, p.limits.mean)) return 'on';
  return p.value > p.limits.mean ? 'high' : 'low';
}

function signal(series: readonly XmrPoint[], rule: SpcRule, side: SignalSide, indices: number[], why: string): Signal {
  return { rule, side, indices, periods: indices.map((i) => series[i]!.period), why };
}

/** Rule (a): a single point above the upper or below the lower process limit (on a limit is not beyond). */
export function beyondLimits(series: readonly XmrPoint[]): Signal[] {
  const out: Signal[] = [];
  for (const stretch of judgedStretches(series)) {
    for (const i of stretch) {
      const p = at(series, i);
      if (p.value > p.limits.upper && !near(p.value, p.limits.upper)) {
        out.push(signal(series, 'beyond-limit', 'high', [i], `${fmt(p.value)} is above the upper process limit ${fmt(p.limits.upper)}`));
      } else if (p.value < p.limits.lower && !near(p.value, p.limits.lower)) {
        out.push(signal(series, 'beyond-limit', 'low', [i], `${fmt(p.value)} is below the lower process limit ${fmt(p.limits.lower)}`));
      }
    }
  }
  return out;
}

/** Split a stretch into maximal runs of equal keys; null keys never join a run. */
function runs<K>(stretch: number[], key: (pos: number) => K | null): { key: K; from: number; to: number }[] {
  const out: { key: K; from: number; to: number }[] = [];
  for (let pos = 0; pos < stretch.length; pos++) {
    const k = key(pos);
    const last = out[out.length - 1];
    if (k === null) continue;
    if (last && last.key === k && last.to === pos - 1) last.to = pos;
    else out.push({ key: k, from: pos, to: pos });
  }
  return out;
}

/** Rule (b): 7 or more consecutive points on one side of their segment's mean. A point on the mean breaks the run. */
export function shifts(series: readonly XmrPoint[]): Signal[] {
  const out: Signal[] = [];
  for (const stretch of judgedStretches(series)) {
    const sides = runs(stretch, (pos) => {
      const s = sideOfMean(at(series, stretch[pos]!));
      return s === 'on' ? null : s;
    });
    for (const r of sides) {
      const n = r.to - r.from + 1;
      if (n < SHIFT_LENGTH) continue;
      const mean = at(series, stretch[r.from]!).limits.mean;
      out.push(signal(series, 'shift', r.key, stretch.slice(r.from, r.to + 1), `${n} points in a row ${r.key === 'high' ? 'above' : 'below'} the mean ${fmt(mean)}`));
    }
  }
  return out;
}

/**
 * Rule (c): 7 or more points each higher (or each lower) than the one before: six rises or falls in a row.
 * An equal step breaks the trend. The trend may cross the mean: it is judged on the values alone.
 */
export function trends(series: readonly XmrPoint[]): Signal[] {
  const out: Signal[] = [];
  for (const stretch of judgedStretches(series)) {
    // Step at pos compares stretch[pos] with stretch[pos − 1]; a run of steps from..to covers points from − 1..to.
    const steps = runs(stretch, (pos) => {
      if (pos === 0) return null;
      const a = at(series, stretch[pos - 1]!).value;
      const b = at(series, stretch[pos]!).value;
      if (near(a, b)) return null;
      return b > a ? ('high' as const) : ('low' as const);
    });
    for (const r of steps) {
      const n = r.to - r.from + 2;
      if (n < TREND_LENGTH) continue;
      out.push(signal(series, 'trend', r.key, stretch.slice(r.from - 1, r.to + 1), `${n} points in a row each ${r.key === 'high' ? 'higher' : 'lower'} than the one before`));
    }
  }
  return out;
}

function beyondTwoThirds(p: Judged, side: SignalSide): boolean {
  const band = side === 'high' ? p.limits.upperTwoThirds : p.limits.lowerTwoThirds;
  if (near(p.value, band)) return false;
  return side === 'high' ? p.value > band : p.value < band;
}

/**
 * Rule (d): 2 of 3 consecutive points beyond two-thirds of the way to a limit, all three on the
 * same side of the mean (Making Data Count's 2023 clarification: a third point on the other side,
 * or on the mean, means no signal). Points beyond the limit itself count as beyond two-thirds.
 * Only the points beyond two-thirds are flagged; overlapping windows merge into one signal.
 */
export function twoOfThree(series: readonly XmrPoint[]): Signal[] {
  const out: Signal[] = [];
  for (const stretch of judgedStretches(series)) {
    const open: Partial<Record<SignalSide, { signal: Signal; lastStart: number }>> = {};
    for (let start = 0; start + 2 < stretch.length; start++) {
      const window = stretch.slice(start, start + 3);
      const side = sideOfMean(at(series, window[0]!));
      if (side === 'on' || !window.every((i) => sideOfMean(at(series, i)) === side)) continue;
      const far = window.filter((i) => beyondTwoThirds(at(series, i), side));
      if (far.length < 2) continue;
      const prev = open[side];
      if (prev && start - prev.lastStart <= 2) {
        const merged = [...new Set([...prev.signal.indices, ...far])].sort((a, b) => a - b);
        prev.signal.indices = merged;
        prev.signal.periods = merged.map((i) => series[i]!.period);
        prev.signal.why = twoOfThreeWhy(merged.length, side);
        prev.lastStart = start;
      } else {
        const s = signal(series, 'two-of-three', side, far, twoOfThreeWhy(far.length, side));
        out.push(s);
        open[side] = { signal: s, lastStart: start };
      }
    }
  }
  return out;
}

const twoOfThreeWhy = (n: number, side: SignalSide) =>
  `${n} points close to the ${side === 'high' ? 'upper' : 'lower'} limit (beyond two-thirds of the way), 2 of 3 in a row on the same side`;

/** All four rules, ordered by the first point each flags (then by rule, for a stable order). */
export function specialCauses(series: readonly XmrPoint[]): Signal[] {
  const order: SpcRule[] = ['beyond-limit', 'shift', 'trend', 'two-of-three'];
  return [...beyondLimits(series), ...shifts(series), ...trends(series), ...twoOfThree(series)].sort(
    (a, b) => a.indices[0]! - b.indices[0]! || order.indexOf(a.rule) - order.indexOf(b.rule),
  );
}
