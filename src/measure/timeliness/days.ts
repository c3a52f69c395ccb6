import { civilToDays, daysToCivil } from '../../extract/dates/calendar';
import { londonMidnight, londonWallClock } from '../../extract/dates/london-time';

/**
 * Timeliness is judged in London calendar days, not in 24-hour blocks: "due on 31 January" means
 * overdue from 1 February whatever the hour, and a 28-day interval across a clock change is still
 * 28 calendar days. Days are handled as integers (days since 1970-01-01) so that arithmetic
 * across month ends, leap days and clock changes is plain subtraction.
 */
export type DayNumber = number;

/** The London calendar day an instant falls on. */
export function londonDayNumber(epochMs: number): DayNumber {
  return civilToDays(londonWallClock(epochMs));
}

/** 'YYYY-MM-DD' → day number (pure calendar arithmetic, no time zone). */
export function dayNumberOfKey(day: string): DayNumber {
  const [y, m, d] = day.split('-').map(Number);
  return civilToDays({ year: y ?? NaN, month: m ?? NaN, day: d ?? NaN });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Day number → 'YYYY-MM-DD'. */
export function dayKeyOfNumber(n: DayNumber): string {
  const { year, month, day } = daysToCivil(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A day key moved by whole calendar days: '2026-03-31' + 1 → '2026-04-01'. */
export function addDaysToKey(day: string, n: number): string {
  return dayKeyOfNumber(dayNumberOfKey(day) + n);
}

/** The instants of London days `from` to `to` (both included): [their first midnight, the midnight after `to`). */
export function londonDaySpan(from: string, to: string): [number, number] {
  return [londonMidnight(daysToCivil(dayNumberOfKey(from))), londonMidnight(daysToCivil(dayNumberOfKey(to) + 1))];
}

/**
 * The last millisecond of a London day. Historical questions ("was it overdue on that day?") are
 * asked at the end of the day, so a review done at 14:00 clears that day.
 */
export function endOfLondonDay(n: DayNumber): number {
  return londonMidnight(daysToCivil(n + 1)) - 1;
}

/**
 * Whether an instant carries a time of day. Care systems often show a date alone ("Last updated
 * 05/11/2026"), read as London midnight; such an event's order within its day is unknown.
 */
export function hasTimeOfDay(epochMs: number): boolean {
  const { hour, minute, second, millisecond } = londonWallClock(epochMs);
  return hour !== 0 || minute !== 0 || second !== 0 || millisecond !== 0;
}
