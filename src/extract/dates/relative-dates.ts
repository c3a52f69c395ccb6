import { addCivilDays, MAX_YEAR, MIN_YEAR } from './calendar';
import { invalid, NO_MATCH, type FamilyResult } from './family-result';
import { londonMidnight, londonWallClock, resolveLondonWallClockLeniently } from './london-time';
import type { DatePrecision } from './parse-uk-date';
import { TIME_PATTERN } from './time-of-day';
import { resolveWrittenDate } from './written-date';

/**
 * Dates relative to the capture time ("anchor"): Today 09:12, Yesterday at 21:40, 3 hours ago,
 * in 3 days, just now. A few leading words are tolerated ("logged 3 hours ago", "due in 3 days").
 *
 * "N days/weeks ago" keeps the capture's London time of day on the London calendar day N days
 * earlier, rather than subtracting N×24h: across a clock change plain subtraction can land on
 * the wrong calendar day (00:30 BST minus 24h is 23:30 GMT two days back), and day precision
 * promises the day is right. Months and years are refused: "2 months ago" from a page is rounded
 * so coarsely that any date we produced would be a guess.
 */

const DAY_MS = 86_400_000;
const MAX_SPAN_MS = 3653 * DAY_MS;
// Negations are excluded so "not today" or "no review due yet" is never read as a date.
const PREFIX = String.raw`^(?:(?!(?:not|no|never)\s)[a-z]+\s){0,3}?`;
const COUNT = String.raw`(\d+|an?|one)`;
const UNIT = String.raw`(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)`;

const NOW = new RegExp(`${PREFIX}(?:just now|right now|now|a moment ago|moments ago|(?:a )?few seconds ago)$`);
const AGO = new RegExp(String.raw`${PREFIX}${COUNT}\s?${UNIT}\sago$`);
const AHEAD = new RegExp(String.raw`${PREFIX}(?:in\s${COUNT}\s?${UNIT}|${COUNT}\s?${UNIT}\sfrom now)$`);
const DAY_WORD = new RegExp(String.raw`${PREFIX}(today|yesterday|tomorrow)(?:(?:\s?,\s?|\s(?:at|@)\s|\s)(${TIME_PATTERN}))?$`);
const TIME_THEN_DAY_WORD = new RegExp(String.raw`^(${TIME_PATTERN})(?:\s?,\s?|\s)(today|yesterday|tomorrow)$`);

const DAY_OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

type Unit = { ms: number; precision: DatePrecision; calendarDays?: number };

function unitOf(word: string): Unit | null {
  if (word.startsWith('s')) return { ms: 1000, precision: 'second' };
  if (word.startsWith('mi')) return { ms: 60_000, precision: 'minute' };
  if (word.startsWith('h')) return { ms: 3_600_000, precision: 'hour' };
  if (word.startsWith('d')) return { ms: DAY_MS, precision: 'day', calendarDays: 1 };
  if (word.startsWith('w')) return { ms: 7 * DAY_MS, precision: 'day', calendarDays: 7 };
  return null;
}

function anchorProblem(anchor: number): string | null {
  if (!Number.isFinite(anchor)) return 'the capture time is missing, so a relative date cannot be worked out';
  const { year } = londonWallClock(Math.min(Math.max(anchor, -1e15), 1e15));
  if (year < MIN_YEAR || year > MAX_YEAR) return 'the capture time is not a believable date, so a relative date cannot be worked out';
  return null;
}

function shift(anchor: number, sign: 1 | -1, countText: string, unitText: string, phrase: string): FamilyResult {
  const unit = unitOf(unitText);
  if (!unit) {
    return invalid(`"${phrase}" is too rough to turn into a date; only seconds, minutes, hours, days and weeks are read`);
  }
  const count = /^\d+$/.test(countText) ? Number(countText) : 1;
  if (countText.length > 9 || count * unit.ms > MAX_SPAN_MS) {
    return invalid(`"${phrase}" is more than 10 years ${sign < 0 ? 'before' : 'after'} the capture time, which is not believable for a care record`);
  }
  if (unit.calendarDays === undefined) {
    return { kind: 'ok', epochMs: anchor + sign * count * unit.ms, precision: unit.precision };
  }
  const days = sign * count * unit.calendarDays;
  const now = londonWallClock(anchor);
  const target = { ...now, ...addCivilDays(now, days) };
  return { kind: 'ok', epochMs: resolveLondonWallClockLeniently(target, anchor + days * DAY_MS), precision: 'day' };
}

export function parseRelativeDate(text: string, anchor: number): FamilyResult {
  const now = NOW.exec(text);
  const ago = AGO.exec(text);
  const ahead = AHEAD.exec(text);
  const dayWord = DAY_WORD.exec(text);
  const timeFirst = TIME_THEN_DAY_WORD.exec(text);
  if (!now && !ago && !ahead && !dayWord && !timeFirst) return NO_MATCH;

  const problem = anchorProblem(anchor);
  if (problem) return invalid(problem);
  if (now) return { kind: 'ok', epochMs: anchor, precision: 'minute' };
  if (ago) return shift(anchor, -1, ago[1] ?? '', ago[2] ?? '', ago[0]);
  if (ahead) return shift(anchor, 1, ahead[1] ?? ahead[3] ?? '', ahead[2] ?? ahead[4] ?? '', ahead[0]);

  const word = dayWord?.[1] ?? timeFirst?.[2] ?? 'today';
  const time = dayWord ? dayWord[2] : timeFirst?.[1];
  const day = addCivilDays(londonWallClock(anchor), DAY_OFFSETS[word] ?? 0);
  if (time === undefined) return { kind: 'ok', epochMs: londonMidnight(day), precision: 'day' };
  return resolveWrittenDate(day, time, null);
}
