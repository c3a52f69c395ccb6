/**
 * Shared by the care-system tests: one fixed "now" (so story assertions never depend on the day
 * the tests run) and one memoised data set per test file (generation takes about a second).
 */
import { generateCareData, type CareData } from './generator/index';
import { STORY } from './story';

/** Monday 23 November 2026, 15:00 London (GMT). The 12 months before it span both clock changes. */
export const TEST_NOW = Date.UTC(2026, 10, 23, 15, 0);

let cached: CareData | undefined;
export function testData(): CareData {
  cached ??= generateCareData({ seed: STORY.seed, now: TEST_NOW });
  return cached;
}

export const rateOf = <T>(items: readonly T[], pred: (item: T) => boolean): number =>
  items.length === 0 ? NaN : items.filter(pred).length / items.length;

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
