import { describe, expect, it } from 'vitest';
import { parseUkDate } from '../extract/dates/parse-uk-date';
import { datePatternFor } from './date-pattern';

const anchor = Date.parse('2026-11-27T12:00:00Z');

describe('date pattern for a taught date field', () => {
  it.each([
    ['Entered 23/11/2026 14:20', '2026-11-23T14:20:00.000Z'],
    ['next review 7 Dec 2026', '2026-12-07T00:00:00.000Z'],
  ])('keeps only the date of %s', (text, iso) => {
    const pattern = datePatternFor(text, anchor)!;
    const m = new RegExp(pattern).exec(text)!;
    const parsed = parseUkDate(m[1]!, { anchor });
    expect(parsed.ok && new Date(parsed.epochMs).toISOString()).toBe(iso);
    // The same pattern reads the same field of another record.
    expect(new RegExp(pattern).exec('Entered 01/02/2026 09:00')?.[1] ?? new RegExp(pattern).exec('next review 1 Jan 2027')?.[1]).toBeTruthy();
  });

  it('needs no pattern for a plain date, and gives none for text with no date', () => {
    expect(datePatternFor('23/11/2026 14:20', anchor)).toBeUndefined();
    expect(datePatternFor('Jane Smith (Senior Carer)', anchor)).toBeUndefined();
  });
});
