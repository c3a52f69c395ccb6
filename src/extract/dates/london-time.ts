import { addCivilDays, civilToDays, civilWeekday, type CivilDate } from './calendar';

/**
 * UK wall-clock time (Europe/London, GMT in winter, BST in summer) <-> epoch milliseconds.
 *
 * Uses Intl with an explicit time zone rather than `Date` getters, so the answer never depends
 * on the time zone of the machine running the code (a carer's laptop, CI in UTC, a developer in
 * New York).
 */

export type WallClock = CivilDate & { hour: number; minute: number; second: number; millisecond: number };

export type WallClockResolution =
  | { kind: 'exact'; epochMs: number }
  /** The clocks went forward over this time, so nobody's clock ever showed it. */
  | { kind: 'gap' }
  /** The clocks went back over this time, so it happened twice: earlier (BST) then later (GMT). */
  | { kind: 'overlap'; earlierMs: number; laterMs: number };

const DAY_MS = 86_400_000;

/**
 * Made on first use: building an Intl formatter for a time zone loads ICU's zone and locale data,
 * ~10 ms that every care-system page paid before its load event when the capture script was
 * injected, though only dates outside the summer-time rule's years (below) ever need it.
 */
let formatter: Intl.DateTimeFormat | undefined;
const londonFormatter = (): Intl.DateTimeFormat =>
  (formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));

function assertFinite(epochMs: number): void {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a valid instant: ${String(epochMs)}`);
}

/**
 * UK summer time since 1996 is one fixed rule: BST from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October. Within those years the offset is computed from the rule
 * (cached per year), which is ~100x faster than asking Intl and matters when a page has thousands
 * of dates; other years ask Intl, which knows the older, irregular history.
 */
const RULE_YEARS = { from: 1996, to: 2100 } as const;
const summerTime = new Map<number, readonly [number, number]>();

function lastSundayOneAmUtc(year: number, month: number): number {
  const d = new Date(Date.UTC(year, month + 1, 0, 1));
  d.setUTCDate(d.getUTCDate() - d.getUTCDay());
  return d.getTime();
}

/** BST's [start, end) in the UTC year of `epochMs`, or undefined outside the rule's years. */
function summerSpan(epochMs: number): readonly [number, number] | undefined {
  const year = new Date(epochMs).getUTCFullYear();
  if (year < RULE_YEARS.from || year > RULE_YEARS.to) return undefined;
  let span = summerTime.get(year);
  if (!span) {
    span = [lastSundayOneAmUtc(year, 2), lastSundayOneAmUtc(year, 9)] as const;
    summerTime.set(year, span);
  }
  return span;
}

function ruleOffsetMs(epochMs: number): number | undefined {
  const span = summerSpan(epochMs);
  if (!span) return undefined;
  return epochMs >= span[0] && epochMs < span[1] ? 3_600_000 : 0;
}

const HOUR_MS = 3_600_000;

/**
 * Wall time → instant under the fixed rule: the hour from 01:00 on the spring change day does
 * not exist; the hour from 01:00 on the autumn change day happens twice (BST, then GMT).
 */
function resolveByRule(naive: number): WallClockResolution | undefined {
  const span = summerSpan(naive);
  if (!span) return undefined;
  if (naive < span[0] || naive >= span[1] + HOUR_MS) return { kind: 'exact', epochMs: naive };
  if (naive < span[0] + HOUR_MS) return { kind: 'gap' };
  if (naive < span[1]) return { kind: 'exact', epochMs: naive - HOUR_MS };
  return { kind: 'overlap', earlierMs: naive - HOUR_MS, laterMs: naive };
}

function intlWallClock(epochMs: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of londonFormatter().formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields['year'] ?? NaN,
    month: fields['month'] ?? NaN,
    day: fields['day'] ?? NaN,
    hour: fields['hour'] ?? NaN,
    minute: fields['minute'] ?? NaN,
    second: fields['second'] ?? NaN,
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The UK wall-clock reading at an instant. */
export function londonWallClock(epochMs: number): WallClock {
  assertFinite(epochMs);
  const offset = ruleOffsetMs(epochMs);
  if (offset === undefined) return intlWallClock(epochMs);
  const d = new Date(epochMs + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

function wallAsUtc(w: WallClock): number {
  return civilToDays(w) * DAY_MS + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000 + w.millisecond;
}

/** London's offset from UTC at an instant, in ms (0 for GMT, 3_600_000 for BST). */
export function londonOffsetMs(epochMs: number): number {
  return wallAsUtc(londonWallClock(epochMs)) - epochMs;
}

/**
 * Every instant at which London clocks showed `wall`. Assumes `wall` is a valid calendar date and
 * time; callers validate first so they can explain what is wrong.
 */
export function resolveLondonWallClock(wall: WallClock): WallClockResolution {
  const naive = wallAsUtc(wall);
  const byRule = resolveByRule(naive);
  if (byRule) return byRule;
  // London changes offset at most once in any 48 hours, so the offsets a day either side
  // cover every offset that could apply to this wall time.
  const offsets = new Set([londonOffsetMs(naive - DAY_MS), londonOffsetMs(naive + DAY_MS)]);
  const matches = [...offsets]
    .map((offset) => naive - offset)
    .filter((candidate) => londonOffsetMs(candidate) === naive - candidate)
    .sort((a, b) => a - b);
  const [first, second] = matches;
  if (first === undefined) return { kind: 'gap' };
  if (second === undefined) return { kind: 'exact', epochMs: first };
  return { kind: 'overlap', earlierMs: first, laterMs: second };
}

/**
 * Like `resolveLondonWallClock`, but always returns an instant: for relative dates where the time
 * of day was inherited from the capture time rather than written by a person.
 * A gap time is read with the offset in force before the change (01:30 → 02:30 BST); an overlap
 * picks the candidate nearest `near`.
 */
export function resolveLondonWallClockLeniently(wall: WallClock, near: number): number {
  const resolved = resolveLondonWallClock(wall);
  if (resolved.kind === 'exact') return resolved.epochMs;
  if (resolved.kind === 'overlap') {
    const { earlierMs, laterMs } = resolved;
    return Math.abs(earlierMs - near) <= Math.abs(laterMs - near) ? earlierMs : laterMs;
  }
  const naive = wallAsUtc(wall);
  return naive - londonOffsetMs(naive - DAY_MS);
}

/** London midnight at the start of a calendar day (UK clocks never change at midnight). */
export function londonMidnight(date: CivilDate): number {
  const { year, month, day } = date;
  return resolveLondonWallClockLeniently({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, 0);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The London calendar date as 'YYYY-MM-DD', e.g. for grouping records by day. */
export function londonDayKey(epochMs: number): string {
  const { year, month, day } = londonWallClock(epochMs);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The London local hour, 0–23. */
export function londonHour(epochMs: number): number {
  return londonWallClock(epochMs).hour;
}

/** The London day of the week: 1 = Monday … 7 = Sunday. */
export function londonWeekday(epochMs: number): number {
  return civilWeekday(londonWallClock(epochMs));
}

/** Epoch ms of Monday 00:00 London time at the start of the week containing `epochMs`. */
export function startOfLondonWeek(epochMs: number): number {
  const today = londonWallClock(epochMs);
  return londonMidnight(addCivilDays(today, 1 - civilWeekday(today)));
}
