import { civilToDays, invalidDateReason } from './calendar';
import { invalid, NO_MATCH, type FamilyResult } from './family-result';
import { parseTimeOfDay } from './time-of-day';
import { resolveWrittenDate } from './written-date';

/**
 * ISO 8601 / RFC 3339 style: 2026-11-23, 2026-11-23T14:05, 2026-11-23 14:05:09.123,
 * 2026-11-23T14:05:09Z, 2026-11-23T14:05:09+01:00. Without an offset the time is UK local time,
 * like every other wall-clock time on the page; with one, the offset is trusted as written.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}:\d{1,2}(?::\d{1,2})?)(?:[.,](\d{1,9}))?\s?(z|utc|[+-]\d{2}(?::?\d{2})?)?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

function offsetMs(text: string): number | string {
  if (text === 'z' || text === 'utc') return 0;
  const m = OFFSET.exec(text);
  const hours = Number(m?.[2] ?? NaN);
  const minutes = Number(m?.[3] ?? 0);
  if (!m || hours > 14 || minutes > 59) return `"${text}" is not a valid time zone offset`;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

export function parseIsoDate(text: string): FamilyResult {
  const m = ISO.exec(text);
  if (!m) return NO_MATCH;
  const [, yearText = '', monthText = '', dayText = '', timeText, fraction, offsetText] = m;
  if (monthText.length !== 2 || dayText.length !== 2) {
    return invalid('an ISO date needs a two-digit month and day, as in 2026-03-09');
  }
  const date = { year: Number(yearText), month: Number(monthText), day: Number(dayText) };
  if (fraction !== undefined && timeText?.split(':').length !== 3) {
    return invalid('a fraction of a second needs the seconds to be written too');
  }
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  if (timeText === undefined || offsetText === undefined) {
    const local = resolveWrittenDate(date, timeText ?? null, null);
    // UK clocks change on the hour, so adding a fraction of a second can never cross a change.
    return local.kind === 'ok' ? { ...local, epochMs: local.epochMs + millis } : local;
  }
  const dateProblem = invalidDateReason(date);
  if (dateProblem) return invalid(dateProblem);
  const time = parseTimeOfDay(timeText);
  if (!time.ok) return invalid(time.detail);
  const offset = offsetMs(offsetText);
  if (typeof offset === 'string') return invalid(offset);
  const wallAsUtc = civilToDays(date) * 86_400_000 + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000 + millis;
  return { kind: 'ok', epochMs: wallAsUtc - offset, precision: time.precision };
}
