import { addCivilDays } from './calendar';
import { londonMidnight, londonWallClock } from './london-time';
import type { DatePrecision } from './parse-uk-date';

const HOUR_MS = 3_600_000;

/**
 * The span a date read at some precision can stand for: a "23 Nov 2026" or "1 day ago" is any time
 * that London day; "14:00" on an hourly page any time in that hour. Minutes and seconds are taken
 * as exact. [earliest, latest) in epoch ms.
 */
export function dateBounds(epochMs: number, precision: DatePrecision | undefined): [number, number] {
  if (precision === 'day') {
    const { year, month, day } = londonWallClock(epochMs);
    const date = { year, month, day };
    return [londonMidnight(date), londonMidnight(addCivilDays(date, 1))];
  }
  // UK offsets are whole hours, so an hour in London starts on a whole UTC hour.
  if (precision === 'hour') {
    const start = Math.floor(epochMs / HOUR_MS) * HOUR_MS;
    return [start, start + HOUR_MS];
  }
  return [epochMs, epochMs];
}
