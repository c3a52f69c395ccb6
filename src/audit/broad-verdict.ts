import { cycleRef, meetsTarget, percent, type CycleRef, type ScoredCycle } from './cycle-series';
import { compareDimensionValues, dimensionsOf, type DimensionValue } from './segment';

/**
 * Is the improvement broad? DOMAIN.md: "the same across teams/units, shifts (day / night), day
 * types (weekday / weekend)". Every unit, shift and day type must be at or above target in the
 * latest cycle. A segment the series has seen (in any cycle's results, or in the latest cycle's
 * frame) but the latest cycle did not score is named as missing: absence is not a pass.
 */
export interface SegmentStanding extends DimensionValue {
  score: number | null;
}

export interface BroadVerdict {
  status: 'broad' | 'not-broad' | 'no-cycles';
  cycle?: CycleRef;
  below: SegmentStanding[];
  missing: SegmentStanding[];
  reason: string;
}

/** `series` in time order; the verdict reads its latest cycle. */
export function broadVerdict(series: readonly ScoredCycle[], target: number): BroadVerdict {
  const latest = series.at(-1);
  if (!latest) return { status: 'no-cycles', below: [], missing: [], reason: 'No closed cycles yet.' };

  const keyOf = (d: DimensionValue) => `${d.dimension}\u0000${d.value}`;
  const expected = new Map<string, DimensionValue>();
  for (const { results } of series) for (const s of results.bySegment) expected.set(keyOf(s), { dimension: s.dimension, value: s.value, label: s.label });
  for (const { segment, records } of latest.cycle.frame.segments) {
    if (records > 0) for (const d of dimensionsOf(segment)) if (!expected.has(keyOf(d))) expected.set(keyOf(d), d);
  }

  const scored = new Map(latest.results.bySegment.map((s) => [keyOf(s), s.score]));
  const below: SegmentStanding[] = [];
  const missing: SegmentStanding[] = [];
  for (const segment of [...expected.values()].sort(compareDimensionValues)) {
    const score = scored.get(keyOf(segment)) ?? null;
    if (score === null) missing.push({ ...segment, score });
    else if (!meetsTarget(score, target)) below.push({ ...segment, score });
  }

  const cycle = cycleRef(latest.cycle);
  if (below.length === 0 && missing.length === 0) {
    return { status: 'broad', cycle, below, missing, reason: `Broad: every unit, shift and day type was at or above the ${percent(target)} target in ${cycle.label}.` };
  }
  const parts = [
    ...below.map((s) => `${s.label} at ${percent(s.score)}`),
    ...missing.map((s) => `${s.label} not audited`),
  ];
  return { status: 'not-broad', cycle, below, missing, reason: `Not broad in ${cycle.label} (target ${percent(target)}): ${parts.join('; ')}.` };
}
