/** Notes in a window and how many of them had a focus rule flagged. */
export interface RateWindow {
  notes: number;
  flagged: number;
  /** flagged / notes; null when there are no notes. */
  rate: number | null;
}

export const windowOf = (notes: number, flagged: number): RateWindow => ({ notes, flagged, rate: notes ? flagged / notes : null });

/** Below this many notes on either side a comparison is not judged, and the screen says so. */
export const MIN_NOTES_TO_JUDGE = 10;

/** Two rates differ beyond chance when |z| reaches this (a two-sided 5% test). */
const Z_CRITICAL = 1.96;

export type Comparison = 'too-few' | 'lower' | 'no-clear-change' | 'higher';

/**
 * Whether `later`'s rate is lower or higher than `earlier`'s by more than chance alone would give
 * (a two-proportion z-test). Chosen over a fixed margin because coaching is judged on one person's
 * few dozen notes, where a 10-point drop can be luck; the test says when it is not.
 */
export function compareRates(earlier: RateWindow, later: RateWindow): Comparison {
  if (earlier.notes < MIN_NOTES_TO_JUDGE || later.notes < MIN_NOTES_TO_JUDGE) return 'too-few';
  const pooled = (earlier.flagged + later.flagged) / (earlier.notes + later.notes);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / earlier.notes + 1 / later.notes));
  if (se === 0) return 'no-clear-change';
  const z = (earlier.rate! - later.rate!) / se;
  return z >= Z_CRITICAL ? 'lower' : z <= -Z_CRITICAL ? 'higher' : 'no-clear-change';
}
