import { describe, expect, it } from 'vitest';
import type { DateFormatHint } from '../../model/date-format-hint';
import { seededRandom } from '../../sampling/seeded-random';
import { parseUkDate } from './parse-uk-date';

/** The product's seeded generator: deterministic, good enough to shake out crashes. */
const generator = seededRandom;

const SEEDS = [
  '23/11/2026 14:05', 'Monday, 23rd November 2026 at 2:05pm', '2026-11-23T14:05:09+01:00',
  'Yesterday at 21:40', 'logged 3 hours ago', '29/03/2026 01:30', 'in 3 days', 'Last updated: 12/10/2026',
];
const TOKENS = [
  '23', '11', '2026', '26', '0', '99', '1900', '2101', '/', '-', '.', ':', ',', ' ', 'T', 'Z', '+01:00',
  'am', 'pm', 'p.m.', 'nov', 'November', 'sept', 'Mon', 'at', 'on', 'of', 'rd', 'today', 'yesterday',
  'tomorrow', 'ago', 'in', 'a', 'an', 'minutes', 'hours', 'days', 'weeks', 'months', 'now', 'just',
  'Label:', '(', ')', '"', '\u00a0', '\u202f', '\u200b', '\ufeff', '\t', '\n', '\u0000', '\u001b',
  '\ud83d\ude00', '\ud800', '\udfff', 'é', '٢', '２３', '–', '\u2028', '𝟐𝟎𝟐𝟔', '9'.repeat(30),
];
const HINTS: DateFormatHint[] = ['auto', 'numeric-dmy', 'month-name', 'relative', 'iso'];

function randomString(rand: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const mode = Math.floor(rand() * 4);
  if (mode === 0) {
    // Raw code units, including lone surrogates and control characters.
    return Array.from({ length: Math.floor(rand() * 40) }, () => String.fromCharCode(Math.floor(rand() * 0x10000))).join('');
  }
  if (mode === 1) {
    return Array.from({ length: 1 + Math.floor(rand() * 10) }, () => pick(TOKENS)).join(rand() < 0.5 ? ' ' : '');
  }
  // Mutations of real dates find the edges of each pattern.
  const chars = [...pick(SEEDS)];
  for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i += 1) {
    const at = Math.floor(rand() * (chars.length + 1));
    const op = rand();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, pick(TOKENS));
    else chars.splice(at, 1, String.fromCharCode(32 + Math.floor(rand() * 95)));
  }
  return mode === 2 ? chars.join('') : chars.join('').repeat(1 + Math.floor(rand() * 3));
}

describe('parseUkDate on garbage', () => {
  it('never throws and always returns a well-formed result', () => {
    const rand = generator(0x5eed);
    const anchor = Date.parse('2026-11-23T12:00:00Z');
    const low = Date.parse('1899-12-31T00:00:00Z');
    const high = Date.parse('2101-01-02T00:00:00Z');
    const inputs = Array.from({ length: 4000 }, () => randomString(rand));
    inputs.push('', ' ', 'x'.repeat(5_000_000), '1'.repeat(300), '23/11/2026 '.repeat(40), '\u0000'.repeat(100));
    let accepted = 0;
    for (const input of inputs) {
      const hint = HINTS[Math.floor(rand() * HINTS.length)] ?? 'auto';
      const result = parseUkDate(input, { anchor, hint });
      if (result.ok) {
        accepted += 1;
        expect(Object.keys(result).sort()).toEqual(['epochMs', 'ok', 'precision']);
        expect(Number.isFinite(result.epochMs)).toBe(true);
        expect(result.epochMs).toBeGreaterThan(low);
        expect(result.epochMs).toBeLessThan(high);
        expect(['second', 'minute', 'hour', 'day']).toContain(result.precision);
      } else {
        expect(Object.keys(result).sort()).toEqual(['ok', 'reason']);
        expect(result.reason).toMatch(/^Could not read ".*" as a date: [^\n]+\.$/s);
        expect(result.reason.length).toBeLessThan(300);
        expect(result.reason).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(parseUkDate(input, { anchor, hint })).toEqual(result);
    }
    // The mutations should still produce some real dates, or the generator is not exercising much.
    expect(accepted).toBeGreaterThan(30);
  });

  it('survives bad options and anchors', () => {
    const odd = [Number.NaN, Infinity, -Infinity, 8.64e15, -8.64e15, 1e300, 0];
    for (const anchor of odd) {
      for (const text of ['3 days ago', 'Today 09:12', 'just now', '23/11/2026']) {
        const result = parseUkDate(text, { anchor });
        expect(typeof result.ok).toBe('boolean');
      }
    }
    expect(parseUkDate('23/11/2026', { anchor: 0, hint: 'bogus' as DateFormatHint }).ok).toBe(false);
    expect(parseUkDate(null as unknown as string, { anchor: 0 }).ok).toBe(false);
    expect(parseUkDate('23/11/2026', undefined as unknown as { anchor: number }).ok).toBe(true);
  });
});
