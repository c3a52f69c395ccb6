import { cycleRef, meetsTarget, percent, spanLabel, type CycleRef, type ScoredCycle } from './cycle-series';

/**
 * Is the improvement sustained? DOMAIN.md: "at least 3 consecutive cycles at or beyond target, no
 * slip back". One good audit proves little; an inspector asks whether it held, cycle after cycle.
 */
export interface EmbeddedVerdict {
  status: 'embedded' | 'not-embedded' | 'too-few-cycles';
  /** embedded: the run that proves it; not-embedded after a slip: the good run that slipped; otherwise the latest run. */
  cycles: CycleRef[];
  /** The cycle that slipped below target after a good run, if any. */
  slippedAt?: CycleRef;
  reason: string;
}

const cyclesWord = (n: number): string => `${n} cycle${n === 1 ? '' : 's'}`;

/** `series` in time order. The run that counts is the one ending with the latest cycle. */
export function embeddedVerdict(series: readonly ScoredCycle[], target: number, consecutive = 3): EmbeddedVerdict {
  const n = Math.max(1, Math.floor(consecutive));
  const goal = `the ${percent(target)} target`;
  const good = series.map((s) => meetsTarget(s.results.score, target));
  let runStart = good.length;
  while (runStart > 0 && good[runStart - 1]) runStart--;
  const latestRun = series.slice(runStart).map((s) => cycleRef(s.cycle));

  if (series.length < n) {
    return { status: 'too-few-cycles', cycles: latestRun, reason: `Too few cycles: ${cyclesWord(series.length)} closed; ${n} in a row at or above ${goal} are needed.` };
  }
  if (latestRun.length >= n) {
    return {
      status: 'embedded',
      cycles: latestRun,
      reason: `Embedded: the last ${cyclesWord(latestRun.length)} (${spanLabel(latestRun)}) were all at or above ${goal}, with no slip back.`,
    };
  }

  // Look back, from the latest slip (runStart - 1), for a good run of n that a later cycle slipped from.
  let end = runStart - 2;
  while (end >= 0) {
    if (!good[end]) {
      end--;
      continue;
    }
    let start = end;
    while (start > 0 && good[start - 1]) start--;
    if (end - start + 1 >= n) {
      const run = series.slice(start, end + 1).map((s) => cycleRef(s.cycle));
      const slip = series[end + 1]!;
      const since = latestRun.length ? ` Since then ${cyclesWord(latestRun.length)} in a row at or above target; ${n} are needed.` : '';
      return {
        status: 'not-embedded',
        cycles: run,
        slippedAt: cycleRef(slip.cycle),
        reason: `Not embedded: ${cyclesWord(run.length)} in a row reached ${goal} (${spanLabel(run)}), but the cycle for ${cycleRef(slip.cycle).label} slipped back to ${percent(slip.results.score)}.${since}`,
      };
    }
    end = start - 1;
  }
  const latest = series.at(-1)!;
  return {
    status: 'not-embedded',
    cycles: latestRun,
    reason: latestRun.length
      ? `Not embedded yet: the last ${cyclesWord(latestRun.length)} reached ${goal}; ${n} in a row are needed.`
      : `Not embedded: the latest cycle (${cycleRef(latest.cycle).label}) scored ${percent(latest.results.score)}, below ${goal}.`,
  };
}
