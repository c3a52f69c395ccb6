import type { DatePrecision } from './parse-uk-date';

export type TimeOfDay = { hour: number; minute: number; second: number; precision: DatePrecision };
export type TimeOfDayResult = ({ ok: true } & TimeOfDay) | { ok: false; detail: string };

/**
 * Deliberately looser than a valid time (one-digit minutes, hour 25, "14:05pm") so that such text
 * is recognised as a time and rejected with a specific reason instead of "not a date".
 */
export const TIME_PATTERN = String.raw`(?:\d{1,2}(?::\d{1,2}){1,2}(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}\s?[ap]\.?\s?m\.?)`;

const TIME = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}))?\s?(?:([ap])\.?\s?m\.?)?$/;
const DATE_TIME_SEPARATOR = String.raw`(?:\s?,\s?|\s(?:at|@)\s|\s)`;
const TIME_DATE_SEPARATOR = String.raw`(?:\s?,\s?|\s(?:on)\s|\s)`;
const TRAILING_TIME = new RegExp(String.raw`^(.+?)${DATE_TIME_SEPARATOR}(${TIME_PATTERN})$`);
const LEADING_TIME = new RegExp(String.raw`^(${TIME_PATTERN})${TIME_DATE_SEPARATOR}(.+)$`);

/** Separates "23/11/2026 at 14:05" or "14:05 on 23/11/2026" into date text and time text. */
export function splitDateAndTime(text: string): { date: string; time: string | null } {
  const trailing = TRAILING_TIME.exec(text);
  if (trailing?.[1] !== undefined && trailing[2] !== undefined) return { date: trailing[1], time: trailing[2] };
  const leading = LEADING_TIME.exec(text);
  if (leading?.[1] !== undefined && leading[2] !== undefined) return { date: leading[2], time: leading[1] };
  return { date: text, time: null };
}

export function isBareTime(text: string): boolean {
  return new RegExp(`^${TIME_PATTERN}$`).test(text);
}

/** Reads "14:05", "14:05:09", "2:05pm", "2 p.m." and explains anything that is not a real time. */
export function parseTimeOfDay(text: string): TimeOfDayResult {
  const m = TIME.exec(text);
  if (!m) return { ok: false, detail: `"${text}" is not a time of day` };
  const [, hourText = '', minuteText, secondText, meridiem] = m;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (minuteText === undefined && meridiem === undefined) return { ok: false, detail: `"${text}" is not a time of day` };
  if (minuteText !== undefined && minuteText.length !== 2) {
    return { ok: false, detail: `the minutes in "${text}" should have two digits` };
  }
  if (secondText !== undefined && secondText.length !== 2) {
    return { ok: false, detail: `the seconds in "${text}" should have two digits` };
  }
  if (meridiem !== undefined) {
    const suffix = meridiem === 'a' ? 'am' : 'pm';
    if (hour > 12) {
      return { ok: false, detail: `"${text}" mixes a 24-hour time with ${suffix}, so it is unclear which was meant` };
    }
    if (hour === 0) return { ok: false, detail: `"${text}" has hour 0, which does not exist with ${suffix}` };
    // 12am is midnight and 12pm is midday.
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return { ok: false, detail: `there is no hour ${hour} in a day (the 24-hour clock runs 00:00 to 23:59)` };
  }
  if (minute > 59) return { ok: false, detail: `there is no minute ${minute} in an hour` };
  if (second > 59) return { ok: false, detail: `there is no second ${second} in a minute` };
  const precision: DatePrecision = secondText !== undefined ? 'second' : minuteText !== undefined ? 'minute' : 'hour';
  return { ok: true, hour, minute, second, precision };
}
