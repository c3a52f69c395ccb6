import { invalidDateReason } from './calendar';
import { invalid, NO_MATCH, type FamilyResult } from './family-result';
import { resolveLondonWallClock } from './london-time';
import { splitDateAndTime } from './time-of-day';
import { readYear, resolveWrittenDate, splitWeekday } from './written-date';

/**
 * Day-first numeric dates: 23/11/2026, 23-11-26 14:05, 23.11.2026, 14:05 23/11/2026.
 * Always day first (this is England); a "month" above 12 is rejected, never swapped, because
 * 03/04/2026 could not then be told apart from a US-style 4 March.
 */

// The year is captured loosely so a three-digit year gets a specific reason.
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{1,5})$/;
const DAY_MONTH_ONLY = /^\d{1,2}[/-]\d{1,2}$/;

export function parseNumericDate(text: string): FamilyResult {
  const { date: datePart, time } = splitDateAndTime(text);
  const { weekday, rest } = splitWeekday(datePart);
  const m = DMY.exec(rest);
  if (!m) {
    return DAY_MONTH_ONLY.test(rest) ? invalid('the date has no year, so it cannot be placed in time') : NO_MATCH;
  }
  const [, dayText = '', , monthText = '', yearText = ''] = m;
  const year = readYear(yearText);
  if (typeof year === 'string') return invalid(year);
  return resolveWrittenDate({ year, month: Number(monthText), day: Number(dayText) }, time, weekday);
}

/**
 * The shape care systems print most, already as normalising would leave it: "23/11/2026" or
 * "23/11/2026 14:05" (seconds optional). Read without normalising and splitting the text, which
 * cost more than the date itself on a page of thousands. A real date at a time the UK clocks
 * showed once is worked out here; anything else goes through resolveWrittenDate as above, so the
 * answer and every reason are the same. Undefined for any other text: the general path reads it.
 */
const CANONICAL = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: ((\d{1,2}):(\d{2})(?::(\d{2}))?))?$/;

export function parseCanonicalNumericDate(text: string): FamilyResult | undefined {
  const m = CANONICAL.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
  const time = m[5] ?? null;
  if (time === null || invalidDateReason(date)) return resolveWrittenDate(date, time, null);
  const hour = Number(m[6]);
  const minute = Number(m[7]);
  const second = m[8] === undefined ? 0 : Number(m[8]);
  if (hour > 23 || minute > 59 || second > 59) return resolveWrittenDate(date, time, null);
  const resolved = resolveLondonWallClock({ year: date.year, month: date.month, day: date.day, hour, minute, second, millisecond: 0 });
  if (resolved.kind !== 'exact') return resolveWrittenDate(date, time, null);
  return { kind: 'ok', epochMs: resolved.epochMs, precision: m[8] === undefined ? 'minute' : 'second' };
}
