import { invalid, NO_MATCH, type FamilyResult } from './family-result';
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
