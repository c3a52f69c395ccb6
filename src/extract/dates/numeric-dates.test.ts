import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './iso-dates';
import { normaliseDateText } from './normalise-text';
import { parseCanonicalNumericDate, parseNumericDate } from './numeric-dates';
import { parseUkDate } from './parse-uk-date';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('numeric dates printed in the common shape', () => {
  it('read exactly as the general path reads them, hinted or not,, real or not (gaps, overlaps, month 13, hour 24)', () => {
    const text = fc
      .record({
        day: fc.integer({ min: 0, max: 39 }),
        month: fc.integer({ min: 0, max: 19 }),
        year: fc.constantFrom(1899, 1900, 2024, 2025, 2026, 2100, 2101),
        sep: fc.constantFrom('/', '.', '-'),
        dayWidth: fc.constantFrom(1, 2),
        time: fc.option(fc.record({ h: fc.integer({ min: 0, max: 29 }), m: fc.integer({ min: 0, max: 69 }), s: fc.option(fc.integer({ min: 0, max: 69 })) })),
      })
      .map(({ day, month, year, sep, dayWidth, time }) => {
        const date = `${pad(day, dayWidth)}${sep}${pad(month, 2)}${sep}${year}`;
        return time ? `${date} ${pad(time.h, 2)}:${pad(time.m, 2)}${time.s === null ? '' : `:${pad(time.s, 2)}`}` : date;
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(normaliseDateText(t)).toBe(t);
        expect(parseCanonicalNumericDate(t)).toEqual(parseNumericDate(t));
        // So an unhinted date reads the same too: the family tried before, ISO, never claims it.
        expect(parseIsoDate(t).kind).toBe('no-match');
      }),
      { numRuns: 3000 },
    );
  });

  it('include the clock changes of 2026 as the general path words them', () => {
    for (const t of ['29/03/2026 01:30', '25/10/2026 01:30', '25/10/2026 00:59', '29/03/2026 02:00']) {
      expect(parseCanonicalNumericDate(t)).toEqual(parseNumericDate(t));
    }
    expect(parseUkDate('29/03/2026 01:30', { anchor: 0, hint: 'numeric-dmy' })).toEqual({
      ok: false,
      reason: 'Could not read "29/03/2026 01:30" as a date: 01:30 on Sunday 29 March 2026 does not exist in UK time: the clocks go forward an hour that night.',
    });
  });

  it('leave every other shape to the general path', () => {
    for (const t of ['23/11/26 14:05', 'Mon 23/11/2026', '23/11/2026 2:05pm', '23/11/2026 at 14:05', ' 23/11/2026', '23/11/2026 14:5', '2026-11-23 14:05', '23/11/2026  14:05']) {
      expect(parseCanonicalNumericDate(t)).toBeUndefined();
    }
  });
});
