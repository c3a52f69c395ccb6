import { invalid, NO_MATCH, type FamilyResult } from './family-result';
import { splitDateAndTime } from './time-of-day';
import { readYear, resolveWrittenDate, splitWeekday } from './written-date';

/**
 * Dates with the month in words: 23 Nov 2026, 23rd of November 2026 14:05,
 * Monday, 23rd November 2026 at 2:05pm, 23-Nov-2026.
 *
 * Month-first "November 23, 2026" is accepted too: with the month spelled out there is no
 * day/month ambiguity, and rejecting it would only create extraction problems for systems
 * built on US-default date libraries. Month-first numeric dates are still rejected.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_FIRST = new RegExp(String.raw`^${DAY}(?:\sof)?[\s-]([a-z]+)\.?,?[\s-](\d{1,5})$`);
const MONTH_FIRST = new RegExp(String.raw`^([a-z]+)\.?[\s-]${DAY},?\s(\d{1,5})$`);
const NO_YEAR = new RegExp(String.raw`^(?:${DAY}(?:\sof)?[\s-]([a-z]+)\.?|([a-z]+)\.?\s${DAY})$`);
const NO_DAY = /^([a-z]+)\.?,?[\s-](\d{4})$/;

function lookUp(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTHS[word];
}

export function parseMonthNameDate(text: string): FamilyResult {
  const { date: datePart, time } = splitDateAndTime(text);
  const { weekday, rest } = splitWeekday(datePart);

  let day: string | undefined;
  let month: number | undefined;
  let yearText: string | undefined;
  const dayFirst = DAY_FIRST.exec(rest);
  const monthFirst = MONTH_FIRST.exec(rest);
  if (dayFirst && lookUp(dayFirst[2]) !== undefined) {
    [, day, , yearText] = dayFirst;
    month = lookUp(dayFirst[2]);
  } else if (monthFirst && lookUp(monthFirst[1]) !== undefined) {
    [, , day, yearText] = monthFirst;
    month = lookUp(monthFirst[1]);
  }
  if (day !== undefined && month !== undefined && yearText !== undefined) {
    const year = readYear(yearText);
    if (typeof year === 'string') return invalid(year);
    return resolveWrittenDate({ year, month, day: Number(day) }, time, weekday);
  }

  const noYear = NO_YEAR.exec(rest);
  if (noYear && (lookUp(noYear[2]) ?? lookUp(noYear[3])) !== undefined) {
    return invalid('the date has no year, so it cannot be placed in time');
  }
  if (lookUp(NO_DAY.exec(rest)?.[1]) !== undefined) {
    return invalid('the date has a month and year but no day');
  }
  return NO_MATCH;
}
