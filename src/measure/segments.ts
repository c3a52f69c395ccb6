import { londonHour, londonWeekday } from '../extract/dates/london-time';

export type Shift = 'day' | 'night';
export type DayType = 'weekday' | 'weekend';

import { DEFAULT_SHIFTS, type ShiftBoundaries } from '../model/shifts';

export { DEFAULT_SHIFTS, type ShiftBoundaries };

export function shiftOf(epochMs: number, shifts: ShiftBoundaries = DEFAULT_SHIFTS): Shift {
  const h = londonHour(epochMs);
  return h >= shifts.dayStartsAt && h < shifts.nightStartsAt ? 'day' : 'night';
}

export function dayTypeOf(epochMs: number): DayType {
  return londonWeekday(epochMs) >= 6 ? 'weekend' : 'weekday';
}
