import type { SpcInputPoint } from './xmr';

/** Test helper: values as consecutive periods p01, p02, … (two digits, so they sort as strings). */
export const periodOf = (i: number) => `p${String(i + 1).padStart(2, '0')}`;

export function points(values: readonly (number | null)[]): SpcInputPoint[] {
  return values.map((value, i) => ({ period: periodOf(i), value }));
}

/**
 * The worked example: 12 baseline values with mean 10 and mean moving range 2 (hand-computed:
 * sum 120 / 12 = 10; moving ranges 4,2,1,2,3,2,1,2,3,2,0 sum 22 / 11 = 2).
 * Limits 10 ± 2.66 × 2 = 4.68 .. 15.32; two-thirds band 10 ± 3.5467 = 6.4533 .. 13.5467.
 * The last baseline value sits on the mean, so no run or window carries on from the baseline.
 */
export const WORKED_BASELINE = [8, 12, 10, 11, 9, 12, 10, 9, 11, 8, 10, 10] as const;
export const WORKED_BASELINE_END = periodOf(WORKED_BASELINE.length - 1);
