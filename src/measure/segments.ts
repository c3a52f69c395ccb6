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

/**
 * Records imported from another home's capture bundle are stored under a care-system name of
 * `home:<home id>/<system>` (src/bundle/namespace.ts): every key starts with its system, so two
 * installs' keys (HMAC'd with different secrets, or the same care system's ids at two homes) can
 * never collide, and everything that groups by system or resident keeps the homes apart.
 */
export const IMPORTED_HOME_PREFIX = 'home:';

/** The home id of an imported home's care-system name; undefined for this home's own records. */
export function homeOfSystem(system: string): string | undefined {
  if (!system.startsWith(IMPORTED_HOME_PREFIX)) return undefined;
  const end = system.indexOf('/');
  return end > IMPORTED_HOME_PREFIX.length ? system.slice(IMPORTED_HOME_PREFIX.length, end) : undefined;
}

/** The home id of a stored key (every key starts with its care system, then `|`). */
export function homeOfKey(key: string): string | undefined {
  const bar = key.indexOf('|');
  return homeOfSystem(bar === -1 ? key : key.slice(0, bar));
}

/**
 * How homes are named in the organisational view: this home by its setting, imported homes by the
 * name their bundle gave (made unique when two share one).
 */
export interface HomeNames {
  here: string;
  imported: Readonly<Record<string, string>>;
}

/** The name of the home a record belongs to, from its home id (undefined: this home). */
export const homeName = (names: HomeNames | undefined, id: string | undefined): string =>
  id === undefined ? (names?.here ?? 'This home') : (names?.imported[id] ?? `Home ${id.slice(0, 6)}`);
