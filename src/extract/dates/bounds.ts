import { addCivilDays } from './calendar';
import { londonMidnight, londonWallClock } from './london-time';
import type { DatePrecision } from './parse-uk-date';

const HOUR_MS = 3_600_000;

/**
 * The widest span a date read at some precision can stand for, [earliest, latest) in epoch ms.
 * Minutes and seconds are taken as exact. A day-only date is its London day and the day before:
 * "23 Nov 2026" is that day, but relative text counts elapsed time ("logged 1 day ago" is 24 to
 * 48 hours back, "3 hours ago" 3 to 4 hours back), which can reach into the day or hour before
 * the one it is read as. Wide on purpose: a rule that calls a note late must be sure.
 */
export function dateBounds(epochMs: number, precision: DatePrecision | undefined): [number, number] {
  if (precision === 'day') {
    const { year, month, day } = londonWallClock(epochMs);
    const date = { year, month, day };
    return [londonMidnight(addCivilDays(date, -1)), londonMidnight(addCivilDays(date, 1))];
  }
  // UK offsets are whole hours, so an hour in London starts on a whole UTC hour.
  if (precision === 'hour') {
    const start = Math.floor(epochMs / HOUR_MS) * HOUR_MS;
    return [start - HOUR_MS, start + HOUR_MS];
  }
  return [epochMs, epochMs];
}
