/**
 * Proleptic Gregorian calendar arithmetic on plain (year, month, day) numbers. Kept free of `Date`
 * so nothing here can be affected by the machine's time zone.
 */

export type CivilDate = { year: number; month: number; day: number };

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Index 1 = Monday … 7 = Sunday (ISO numbering, matching `londonWeekday`). */
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** Days since 1970-01-01 (Howard Hinnant's algorithm): exact for any year, no Date involved. */
export function civilToDays({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysToCivil(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return daysToCivil(civilToDays(date) + days);
}

/** 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4). */
export function civilWeekday(date: CivilDate): number {
  const d = (((civilToDays(date) + 3) % 7) + 7) % 7;
  return d + 1;
}

/** Why a written day/month/year is not a real date, or null if it is. */
export function invalidDateReason({ year, month, day }: CivilDate): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `the year ${year} is outside the range this tool reads (${MIN_YEAR} to ${MAX_YEAR})`;
  }
  if (month < 1 || month > 12) {
    // Only a US-style month-first date produces a "month" of 13–31 alongside a plausible day.
    const hint = month > 12 && month <= 31 && day >= 1 && day <= 12 ? '; dates are read day first' : '';
    return `month ${month} does not exist${hint}`;
  }
  if (day < 1 || day > 31) return `there is no day ${day} in any month`;
  if (day > daysInMonth(year, month)) {
    if (month === 2 && day === 29) return `there is no 29 February in ${year} (it is not a leap year)`;
    return `there is no ${day} ${monthName(month)}`;
  }
  return null;
}

/** "Monday 23 November 2026": used in reasons so the reader sees how we understood their text. */
export function describeDate(date: CivilDate): string {
  return `${WEEKDAY_NAMES[civilWeekday(date)]} ${date.day} ${monthName(date.month)} ${date.year}`;
}
