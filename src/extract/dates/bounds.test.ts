import { describe, expect, it } from 'vitest';
import { dateBounds } from './bounds';

const at = (iso: string) => Date.parse(iso);

describe('the span a date can stand for', () => {
  it('takes minutes as exact', () => {
    expect(dateBounds(at('2026-11-23T09:12:00Z'), 'minute')).toEqual([at('2026-11-23T09:12:00Z'), at('2026-11-23T09:12:00Z')]);
  });

  it('widens a day-only date to its London day and the day before (relative text counts elapsed days)', () => {
    // 1 July (BST): the London day runs 23:00 UTC to 23:00 UTC.
    expect(dateBounds(at('2026-07-01T10:00:00Z'), 'day')).toEqual([at('2026-06-29T23:00:00Z'), at('2026-07-01T23:00:00Z')]);
    expect(dateBounds(at('2026-11-23T00:00:00Z'), 'day')).toEqual([at('2026-11-22T00:00:00Z'), at('2026-11-24T00:00:00Z')]);
  });

  it('widens an hour to that hour and the one before', () => {
    expect(dateBounds(at('2026-11-23T07:20:00Z'), 'hour')).toEqual([at('2026-11-23T06:00:00Z'), at('2026-11-23T08:00:00Z')]);
  });
});
