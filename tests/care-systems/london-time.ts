/**
 * UK local time (Europe/London, with summer time) for the demo care system, independent of the
 * machine's TZ. Care systems show local wall-clock times, so every calendar decision (which day,
 * which shift, weekday or weekend) and every displayed date goes through here.
 *
 * Built on Intl rather than a date library so the same logic can be mirrored in the browser code
 * of the Willow app (tests/care-systems/willow/render.js), which cannot import npm packages.
 */

export const LONDON = 'Europe/London';
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

export interface LondonParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday, of the London calendar day. */
  weekday: number;
}

export function londonParts(ms: number): LondonParts {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const year = p.year ?? 1970;
  const month = p.month ?? 1;
  const day = p.day ?? 1;
  return {
    year,
    month,
    day,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** How far London's wall clock is ahead of UTC at this instant (0 or 3,600,000 ms). */
export function londonOffsetMs(ms: number): number {
  const p = londonParts(ms);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a London wall-clock time happens. Times in the spring gap move forward an hour;
 * ambiguous autumn times (01:00-01:59 on the change day) resolve to one of the two, which is why
 * the generator never places care in that hour.
 */
export function londonEpoch(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - londonOffsetMs(wall);
  const second = wall - londonOffsetMs(first);
  return second;
}

/** London midnight starting the calendar day that contains `ms`. */
export function londonDayStart(ms: number): number {
  const p = londonParts(ms);
  return londonEpoch(p.year, p.month, p.day);
}

/** London midnight `n` calendar days after the day containing `ms` (n may be negative). */
export function londonAddDays(ms: number, n: number): number {
  const p = londonParts(ms);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + n));
  return londonEpoch(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** London midnight `n` calendar months after the day containing `ms` (day clamped, e.g. 31 -> 30). */
export function londonAddMonths(ms: number, n: number): number {
  const p = londonParts(ms);
  const first = new Date(Date.UTC(p.year, p.month - 1 + n, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return londonEpoch(y, m, Math.min(p.day, lastDay));
}

/** Whole London calendar days from the day of `a` to the day of `b`. */
export function londonDaysBetween(a: number, b: number): number {
  const pa = londonParts(a);
  const pb = londonParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025-11-27" */
export function londonDayKey(ms: number): string {
  const p = londonParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "23/11/2026 14:05" (Harbour) */
export function formatDmyHm(ms: number): string {
  const p = londonParts(ms);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "23/11/2026" (Harbour care plan) */
export function formatDmy(ms: number): string {
  const p = londonParts(ms);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "9 Nov 2026" (Willow care plan) */
export function formatDMonY(ms: number): string {
  const p = londonParts(ms);
  return `${p.day} ${MONTHS_SHORT[p.month - 1]} ${p.year}`;
}
