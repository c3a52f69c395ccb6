import { describe, expect, it } from 'vitest';
import { urlPatternFor } from './url-pattern';

describe('URL pattern from a taught page', () => {
  it.each([
    ['http://127.0.0.1:4810/meadow/people/R001', '^/meadow/people/[^/]+/?$', ['/meadow/people/R077', '/meadow/people/R077/'], ['/meadow/people/R077/plan', '/meadow/']],
    ['https://care.example/residents/9f1c2e4a-1b2c-4d5e-8f90-123456789abc/notes?page=3', '^/residents/[^/]+/notes/?$', ['/residents/abc1/notes'], ['/residents/abc1/plan']],
    ['https://care.example/daily.notes/', '^/daily\\.notes/?$', ['/daily.notes'], ['/dailyxnotes']],
  ])('%s → %s', (url, pattern, yes, no) => {
    expect(urlPatternFor(url)).toBe(pattern);
    for (const p of yes) expect(new RegExp(pattern).test(p)).toBe(true);
    for (const p of no) expect(new RegExp(pattern).test(p)).toBe(false);
  });
});
