import { describe, expect, it } from 'vitest';
import { addDaysToKey, londonDaySpan } from './days';

describe('London day keys', () => {
  it('moves across month, year and leap-day ends', () => {
    expect(addDaysToKey('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDaysToKey('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToKey('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDaysToKey('2026-03-02', -7 * 9)).toBe('2025-12-29');
  });

  it('spans London days by their midnights, across a clock change', () => {
    // 29 March 2026: the clocks go forward, so that day is 23 hours long.
    expect(londonDaySpan('2026-03-29', '2026-03-29')).toEqual([Date.parse('2026-03-29T00:00:00Z'), Date.parse('2026-03-29T23:00:00Z')]);
    expect(londonDaySpan('2026-07-01', '2026-07-02')).toEqual([Date.parse('2026-06-30T23:00:00Z'), Date.parse('2026-07-02T23:00:00Z')]);
  });
});
