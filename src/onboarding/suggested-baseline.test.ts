import { describe, expect, it } from 'vitest';
import { suggestedBaseline } from './suggested-baseline';

describe('the baseline offered at install', () => {
  it('is the twelve weeks up to yesterday, in London days', () => {
    // 00:30 on 1 July in London is still 30 June in UTC: the London day counts.
    expect(suggestedBaseline(Date.parse('2026-06-30T23:30:00Z'))).toEqual({ start: '2026-04-08', end: '2026-06-30' });
  });
});
