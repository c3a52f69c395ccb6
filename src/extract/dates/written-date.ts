import { civilWeekday, describeDate, invalidDateReason, monthName, WEEKDAY_NAMES, type CivilDate } from './calendar';
import { invalid, type FamilyResult } from './family-result';
import { londonMidnight, resolveLondonWallClock } from './london-time';
import { parseTimeOfDay } from './time-of-day';

/** Shared by the numeric and month-name families: a person wrote a calendar date, maybe a time. */

const WEEKDAYS: Readonly<Record<string, number>> = {
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
  sun: 7, sunday: 7,
};

const WEEKDAY_PREFIX = /^([a-z]+)\.?,?\s(.+)$/;

/** Removes a leading "Mon", "Monday," etc., returning the weekday (1–7) so it can be checked. */
export function splitWeekday(text: string): { weekday: number | null; rest: string } {
  const m = WEEKDAY_PREFIX.exec(text);
  const weekday = m?.[1] === undefined ? undefined : WEEKDAYS[m[1]];
  if (weekday === undefined || m?.[2] === undefined) return { weekday: null, rest: text };
  return { weekday, rest: m[2] };
}

export function isWeekdayWord(word: string): boolean {
  return WEEKDAYS[word.replace(/[.,]$/, '')] !== undefined;
}

/** Two-digit years are 20yy: care records from the 1900s are not expected, so '99' means 2099. */
export function readYear(digits: string): number | string {
  if (digits.length === 4) return Number(digits);
  if (digits.length === 2) return 2000 + Number(digits);
  return `the year "${digits}" should have four digits (or two)`;
}

export function resolveWrittenDate(
  date: CivilDate,
  time: string | null,
  weekday: number | null,
): FamilyResult {
  const dateProblem = invalidDateReason(date);
  if (dateProblem) return invalid(dateProblem);
  // A weekday that disagrees with the date means one of them was misread, so neither is trusted.
  if (weekday !== null && weekday !== civilWeekday(date)) {
    return invalid(`${date.day} ${monthName(date.month)} ${date.year} is a ${WEEKDAY_NAMES[civilWeekday(date)]}, not a ${WEEKDAY_NAMES[weekday]}`);
  }
  if (time === null) return { kind: 'ok', epochMs: londonMidnight(date), precision: 'day' };
  const t = parseTimeOfDay(time);
  if (!t.ok) return invalid(t.detail);
  // Fields copied by name: spreading the date here was most of the cost of reading a date.
  const { year, month, day } = date;
  const resolved = resolveLondonWallClock({ year, month, day, hour: t.hour, minute: t.minute, second: t.second, millisecond: 0 });
  // Built only for a reason: describing a date costs more than reading one.
  const when = () => `${time} on ${describeDate(date)}`;
  if (resolved.kind === 'gap') {
    return invalid(`${when()} does not exist in UK time: the clocks go forward an hour that night`);
  }
  if (resolved.kind === 'overlap') {
    return invalid(`${when()} is ambiguous: the clocks go back an hour that night, so that time happens twice (first BST, then GMT)`);
  }
  return { kind: 'ok', epochMs: resolved.epochMs, precision: t.precision };
}
