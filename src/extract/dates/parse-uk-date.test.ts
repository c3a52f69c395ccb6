import { describe, expect, it } from 'vitest';
import type { DateFormatHint } from '../../model/date-format-hint';
import { parseUkDate, type DatePrecision } from './parse-uk-date';

/** Monday 23 November 2026, 12:00 GMT. */
const ANCHOR = Date.parse('2026-11-23T12:00:00Z');
/** Wednesday 15 July 2026, 12:00 BST. */
const SUMMER = Date.parse('2026-07-15T11:00:00Z');

type Row = {
  input: string;
  /** Expected instant as an ISO UTC string, or a substring of the rejection reason. */
  expect: { iso: string; precision?: DatePrecision } | { reject: string };
  anchor?: number;
  hint?: DateFormatHint;
};

const ok = (iso: string, precision?: DatePrecision) => ({ iso, precision });
const no = (reject: string) => ({ reject });

const ROWS: Row[] = [
  // numeric-dmy
  { input: '23/11/2026', expect: ok('2026-11-23T00:00:00.000Z', 'day') },
  { input: '23/11/2026 14:05', expect: ok('2026-11-23T14:05:00.000Z', 'minute') },
  { input: '23/11/2026 14:05:09', expect: ok('2026-11-23T14:05:09.000Z', 'second') },
  { input: '23-11-2026 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23.11.2026', expect: ok('2026-11-23T00:00:00.000Z', 'day') },
  { input: '3/4/2026 9:05', expect: ok('2026-04-03T08:05:00.000Z', 'minute') },
  { input: '23/11/26 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026, 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026 at 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026 2:05pm', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026 2:05 PM', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026 12:30am', expect: ok('2026-11-23T00:30:00.000Z') },
  { input: '23/11/2026 12:30 p.m.', expect: ok('2026-11-23T12:30:00.000Z') },
  { input: '14:05 23/11/2026', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '15/07/2026 14:05', expect: ok('2026-07-15T13:05:00.000Z') },
  { input: '  Last updated:   12/10/2026 ', expect: ok('2026-10-11T23:00:00.000Z', 'day') },
  { input: '(23/11/2026)', expect: ok('2026-11-23T00:00:00.000Z') },
  { input: '23/11/2026\u00a014:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23/11/2026 2:05\u202fpm', expect: ok('2026-11-23T14:05:00.000Z') },
  // month-name
  { input: '23 Nov 2026', expect: ok('2026-11-23T00:00:00.000Z', 'day') },
  { input: '23 November 2026 14:05', expect: ok('2026-11-23T14:05:00.000Z', 'minute') },
  { input: '23rd November 2026', expect: ok('2026-11-23T00:00:00.000Z') },
  { input: 'Mon 23 Nov 2026', expect: ok('2026-11-23T00:00:00.000Z') },
  { input: 'Monday, 23rd November 2026 at 2:05pm', expect: ok('2026-11-23T14:05:00.000Z', 'minute') },
  { input: 'November 23, 2026', expect: ok('2026-11-23T00:00:00.000Z') },
  { input: '1st of July 2026', expect: ok('2026-06-30T23:00:00.000Z') },
  { input: '23 Sept 2026', expect: ok('2026-09-22T23:00:00.000Z') },
  { input: '23 Sep 2026', expect: ok('2026-09-22T23:00:00.000Z') },
  { input: '23-Nov-2026 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: 'Review due: 9 Nov 2026', expect: ok('2026-11-09T00:00:00.000Z') },
  { input: 'MONDAY 23 NOVEMBER 2026', expect: ok('2026-11-23T00:00:00.000Z') },
  // iso
  { input: '2026-11-23', expect: ok('2026-11-23T00:00:00.000Z', 'day') },
  { input: '2026-07-15', expect: ok('2026-07-14T23:00:00.000Z', 'day') },
  { input: '2026-11-23T14:05', expect: ok('2026-11-23T14:05:00.000Z', 'minute') },
  { input: '2026-11-23T14:05:09Z', expect: ok('2026-11-23T14:05:09.000Z', 'second') },
  { input: '2026-11-23T14:05:09+01:00', expect: ok('2026-11-23T13:05:09.000Z', 'second') },
  { input: '2026-11-23T14:05:09.250Z', expect: ok('2026-11-23T14:05:09.250Z', 'second') },
  { input: '2026-11-23 14:05', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '2026-07-15 14:05', expect: ok('2026-07-15T13:05:00.000Z') },
  // relative
  { input: 'Today 09:12', expect: ok('2026-11-23T09:12:00.000Z', 'minute') },
  { input: 'Today at 09:12', expect: ok('2026-11-23T09:12:00.000Z') },
  { input: 'today, 9:12am', expect: ok('2026-11-23T09:12:00.000Z') },
  { input: 'Yesterday at 21:40', expect: ok('2026-11-22T21:40:00.000Z', 'minute') },
  { input: 'Yesterday 21:40', expect: ok('2026-11-22T21:40:00.000Z') },
  { input: 'Yesterday 21:40', anchor: SUMMER, expect: ok('2026-07-14T20:40:00.000Z') },
  { input: 'Today', expect: ok('2026-11-23T00:00:00.000Z', 'day') },
  { input: 'just now', expect: ok('2026-11-23T12:00:00.000Z') },
  { input: 'now', expect: ok('2026-11-23T12:00:00.000Z') },
  { input: '5 minutes ago', expect: ok('2026-11-23T11:55:00.000Z', 'minute') },
  { input: '1 minute ago', expect: ok('2026-11-23T11:59:00.000Z', 'minute') },
  { input: 'a minute ago', expect: ok('2026-11-23T11:59:00.000Z', 'minute') },
  { input: '3 hours ago', expect: ok('2026-11-23T09:00:00.000Z', 'hour') },
  { input: 'an hour ago', expect: ok('2026-11-23T11:00:00.000Z', 'hour') },
  { input: '2 days ago', expect: ok('2026-11-21T12:00:00.000Z', 'day') },
  { input: 'a day ago', expect: ok('2026-11-22T12:00:00.000Z', 'day') },
  { input: '1 week ago', expect: ok('2026-11-16T12:00:00.000Z', 'day') },
  { input: '2 weeks ago', expect: ok('2026-11-09T12:00:00.000Z', 'day') },
  { input: 'logged 3 hours ago', expect: ok('2026-11-23T09:00:00.000Z', 'hour') },
  { input: 'Tomorrow 10:00', expect: ok('2026-11-24T10:00:00.000Z', 'minute') },
  { input: 'in 3 days', expect: ok('2026-11-26T12:00:00.000Z', 'day') },
  { input: 'Last updated: 3 hours ago', expect: ok('2026-11-23T09:00:00.000Z') },
  // hints that match their family
  { input: '23/11/2026 14:05', hint: 'numeric-dmy', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: '23 Nov 2026', hint: 'month-name', expect: ok('2026-11-23T00:00:00.000Z') },
  { input: '2026-11-23T14:05:00Z', hint: 'iso', expect: ok('2026-11-23T14:05:00.000Z') },
  { input: 'Yesterday at 21:40', hint: 'relative', expect: ok('2026-11-22T21:40:00.000Z') },
  // rejections
  { input: '31/02/2026', expect: no('there is no 31 February') },
  { input: '29/02/2025', expect: no('not a leap year') },
  { input: '00/01/2026', expect: no('no day 0') },
  { input: '15/13/2026', expect: no('month 13 does not exist') },
  { input: '31 Apr 2026', expect: no('there is no 31 April') },
  { input: '2026-02-30', expect: no('there is no 30 February') },
  { input: '23/11/2026 25:00', expect: no('no hour 25') },
  { input: '23/11/2026 14:60', expect: no('no minute 60') },
  { input: '23/11/2026 14:5', expect: no('two digits') },
  { input: '29/03/2026 01:30', expect: no('does not exist in UK time') },
  { input: '25/10/2026 01:30', expect: no('ambiguous') },
  { input: '23/11', expect: no('no year') },
  { input: '23 Nov', expect: no('no year') },
  { input: 'Nov 2026', expect: no('no day') },
  { input: 'Monday 09:12', expect: no('weekday') },
  { input: '14:05', expect: no('a time but no date') },
  { input: '11/23/2026', expect: no('month 23 does not exist; dates are read day first') },
  { input: 'Tue 23 Nov 2026', expect: no('is a Monday, not a Tuesday') },
  { input: 'no date recorded', expect: no('there is no date in it') },
  { input: 'not today', expect: no('there is no date in it') },
  { input: '', expect: no('the text is empty') },
  { input: '   \t\n ', expect: no('the text is empty') },
  { input: '23/11/2026 14:05pm', expect: no('mixes a 24-hour time with pm') },
  { input: '23/11/2026 0:30am', expect: no('hour 0') },
  { input: '23/11/1899', expect: no('outside the range') },
  { input: '01/01/2101', expect: no('outside the range') },
  { input: '23/11/202', expect: no('four digits') },
  { input: '5000 days ago', expect: no('more than 10 years') },
  { input: '99999999999999999999 minutes ago', expect: no('more than 10 years') },
  { input: '2 months ago', expect: no('too rough') },
  { input: 'in 11 years', expect: no('too rough') },
  { input: '2026-11-23T14:05:09+25:00', expect: no('not a valid time zone offset') },
  { input: '3 hours ago', anchor: Number.NaN, expect: no('capture time') },
  { input: '23.11.2026 3pm and some', expect: no('not in a date format') },
  // narrow hints refuse other families
  { input: '23 Nov 2026', hint: 'numeric-dmy', expect: no('expected a day-first date') },
  { input: '23/11/2026', hint: 'iso', expect: no('but this looks like a numeric date') },
  { input: '2026-11-23', hint: 'relative', expect: no('expected a relative date') },
  { input: 'Today 09:12', hint: 'month-name', expect: no('expected a date with the month in words') },
  { input: '31/02/2026', hint: 'numeric-dmy', expect: no('there is no 31 February') },
];

describe('parseUkDate table', () => {
  it('has at least 50 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ROWS.map((row) => [`${row.input} [${row.hint ?? 'auto'}]`, row] as const))('%s', (_name, row) => {
    const result = parseUkDate(row.input, { anchor: row.anchor ?? ANCHOR, hint: row.hint });
    if ('iso' in row.expect) {
      if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
      expect(new Date(result.epochMs).toISOString()).toBe(row.expect.iso);
      if (row.expect.precision) expect(result.precision).toBe(row.expect.precision);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain(row.expect.reject);
        expect(result.reason).toMatch(/^Could not read ".*" as a date: .+\.$/s);
      }
    }
  });
});

describe('reasons', () => {
  it('quotes the offending text in the example form', () => {
    expect(parseUkDate('31/02/2026', { anchor: ANCHOR })).toEqual({
      ok: false,
      reason: 'Could not read "31/02/2026" as a date: there is no 31 February.',
    });
  });

  it('truncates long quotes to about 40 characters', () => {
    const result = parseUkDate(`Note: ${'blah '.repeat(30)}`, { anchor: ANCHOR });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const quoted = /^Could not read "(.*)" as a date/.exec(result.reason)?.[1] ?? '';
      expect(quoted.length).toBeLessThanOrEqual(40);
      expect(quoted.endsWith('…')).toBe(true);
    }
  });

  it('refuses huge text without reading it', () => {
    const result = parseUkDate(`23/11/2026 ${'x'.repeat(1_000_000)}`, { anchor: ANCHOR });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('too long');
  });
});
