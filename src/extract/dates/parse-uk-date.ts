import type { DateFormatHint } from '../../model/date-format-hint';
import type { FamilyResult } from './family-result';
import { parseIsoDate } from './iso-dates';
import { parseMonthNameDate } from './month-name-dates';
import { MAX_DATE_TEXT_LENGTH, normaliseDateText, quoteForReason } from './normalise-text';
import { parseCanonicalNumericDate, parseNumericDate } from './numeric-dates';
import { parseRelativeDate } from './relative-dates';
import { isBareTime, splitDateAndTime } from './time-of-day';
import { isWeekdayWord } from './written-date';

export type DatePrecision = 'second' | 'minute' | 'hour' | 'day';
export type ParsedDate = { ok: true; epochMs: number; precision: DatePrecision } | { ok: false; reason: string };

type Family = {
  hint: Exclude<DateFormatHint, 'auto'>;
  parse: (text: string, anchor: number) => FamilyResult;
  expected: string;
  looksLike: string;
};

// The families' shapes do not overlap, so the order only decides which family explains a failure.
const FAMILIES: readonly Family[] = [
  { hint: 'iso', parse: parseIsoDate, expected: 'an ISO date such as 2026-11-23 or 2026-11-23T14:05:00Z', looksLike: 'an ISO date' },
  { hint: 'numeric-dmy', parse: parseNumericDate, expected: 'a day-first date such as 23/11/2026 or 23/11/2026 14:05', looksLike: 'a numeric date' },
  { hint: 'month-name', parse: parseMonthNameDate, expected: 'a date with the month in words, such as 23 Nov 2026 14:05', looksLike: 'a date with the month in words' },
  { hint: 'relative', parse: parseRelativeDate, expected: 'a relative date such as Today 09:12, Yesterday at 21:40 or 3 days ago', looksLike: 'a relative date' },
];

/** Generous for the raw text (labels, padding); the real limit applies after tidying. */
const MAX_RAW_LENGTH = 10_000;

function fail(text: string, detail: string): ParsedDate {
  return { ok: false, reason: `Could not read "${quoteForReason(text)}" as a date: ${detail}.` };
}

/** Best explanation when no family recognised the text at all. */
function unrecognised(normalised: string): string {
  if (isBareTime(normalised)) return 'there is a time but no date';
  const { date } = splitDateAndTime(normalised);
  if (isWeekdayWord(date)) return 'a weekday alone does not say which week; the date needs a day, month and year';
  if (!/\d/.test(normalised)) return 'there is no date in it';
  return 'it is not in a date format this tool reads (such as 23/11/2026 14:05, 23 Nov 2026 or Today 09:12)';
}

function fromFamily(text: string, result: FamilyResult & { kind: 'ok' | 'invalid' }): ParsedDate {
  if (result.kind === 'invalid') return fail(text, result.detail);
  return Number.isFinite(result.epochMs)
    ? { ok: true, epochMs: result.epochMs, precision: result.precision }
    : fail(text, 'the date could not be worked out');
}

function parse(text: string, anchor: number, hint: DateFormatHint): ParsedDate {
  // No other family reads this shape (an ISO date starts with four digits), so for a numeric
  // recipe or an unhinted one it is the whole answer.
  if (hint === 'numeric-dmy' || hint === 'auto') {
    const canonical = parseCanonicalNumericDate(text);
    if (canonical && canonical.kind !== 'no-match') return fromFamily(text, canonical);
  }
  if (text.length > MAX_RAW_LENGTH) return fail(text, 'the text is too long to be a date');
  const normalised = normaliseDateText(text);
  if (normalised === '') return fail(text, 'the text is empty');
  if (normalised.length > MAX_DATE_TEXT_LENGTH) return fail(text, 'the text is too long to be a date');

  const wanted = hint === 'auto' ? FAMILIES : FAMILIES.filter((f) => f.hint === hint);
  if (wanted.length === 0) return fail(text, `the date format setting "${String(hint)}" is not recognised`);
  for (const family of wanted) {
    const result = family.parse(normalised, anchor);
    if (result.kind !== 'no-match') return fromFamily(text, result);
  }
  if (hint === 'auto') return fail(text, unrecognised(normalised));
  // A recipe that names one format should flag a page that changed format, not quietly adapt.
  const other = FAMILIES.find((f) => f.hint !== hint && f.parse(normalised, anchor).kind !== 'no-match');
  const expected = wanted[0]?.expected ?? 'a different date format';
  return fail(text, other ? `expected ${expected}, but this looks like ${other.looksLike}` : `expected ${expected}`);
}

/**
 * Reads a date as shown on a care-system page in England. All wall-clock times are UK time
 * (GMT/BST). Never throws and never guesses: anything unclear comes back with a reason.
 * anchor: the capture time (epoch ms) relative dates are resolved against.
 */
export function parseUkDate(text: string, options: { anchor: number; hint?: DateFormatHint }): ParsedDate {
  if (typeof text !== 'string') return { ok: false, reason: 'Could not read a date: there was no text to read.' };
  try {
    return parse(text, Number(options?.anchor), options?.hint ?? 'auto');
  } catch {
    return fail(text, 'something unexpected went wrong while reading it');
  }
}
