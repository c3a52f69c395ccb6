import { londonHour, londonWeekday } from '../extract/dates/london-time';

export type Shift = 'day' | 'night';
export type DayType = 'weekday' | 'weekend';

/** Hours (London time) that start the day and night shifts; configurable later (issue 6). */
export interface ShiftBoundaries {
  dayStartsAt: number;
  nightStartsAt: number;
}
export const DEFAULT_SHIFTS: ShiftBoundaries = { dayStartsAt: 8, nightStartsAt: 20 };

export function shiftOf(epochMs: number, shifts: ShiftBoundaries = DEFAULT_SHIFTS): Shift {
  const h = londonHour(epochMs);
  return h >= shifts.dayStartsAt && h < shifts.nightStartsAt ? 'day' : 'night';
}

export function dayTypeOf(epochMs: number): DayType {
  return londonWeekday(epochMs) >= 6 ? 'weekend' : 'weekday';
}
