import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonMidnight, londonOffsetMs, londonWallClock, resolveLondonWallClock } from './london-time';
import { parseUkDate } from './parse-uk-date';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Minutes from 2000 to 2060, with the clock-change nights of 2026 drawn often: that is where bugs hide. */
const instant = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z') / 60_000, max: Date.parse('2060-01-01T00:00:00Z') / 60_000 }) },
  { weight: 1, arbitrary: fc.constantFrom('2026-03-29T00:00:00Z', '2026-10-25T00:00:00Z').chain((d) => fc.integer({ min: 0, max: 180 }).map((m) => Date.parse(d) / 60_000 + m)) },
).map((m) => m * 60_000);

const rendered = (epoch: number) => {
  const w = londonWallClock(epoch);
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const offset = londonOffsetMs(epoch) / 3_600_000;
  return {
    wall: w,
    formats: [
      { hint: 'numeric-dmy' as const, text: `${pad(w.day)}/${pad(w.month)}/${w.year} ${pad(w.hour)}:${pad(w.minute)}` },
      { hint: 'month-name' as const, text: `${w.day} ${MONTHS[w.month - 1]} ${w.year} ${pad(w.hour)}:${pad(w.minute)}` },
      { hint: 'month-name' as const, text: `${w.day} ${MONTH_NAMES[w.month - 1]} ${w.year} at ${h12}:${pad(w.minute)}${w.hour < 12 ? 'am' : 'pm'}` },
    ],
    iso: `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:00+${pad(offset)}:00`,
  };
};

describe('dates read back exactly (fast-check)', () => {
  it('every London minute shown as a care system shows it reads back to that minute, or is refused as ambiguous', () => {
    fc.assert(
      fc.property(instant, (epoch) => {
        const { wall, formats, iso } = rendered(epoch);
        const overlap = resolveLondonWallClock(wall).kind === 'overlap';
        for (const { hint, text } of formats) {
          const r = parseUkDate(text, { anchor: epoch, hint });
          if (overlap) expect(r.ok ? 'read' : r.reason, text).toContain('ambiguous');
          else expect(r, text).toEqual({ ok: true, epochMs: epoch, precision: 'minute' });
        }
        // An explicit offset is never ambiguous, even in the repeated hour.
        expect(parseUkDate(iso, { anchor: epoch, hint: 'iso' }), iso).toMatchObject({ ok: true, epochMs: epoch });
      }),
      { numRuns: 1500 },
    );
  });

  it('a date without a time reads back as that London day', () => {
    fc.assert(
      fc.property(instant, (epoch) => {
        const w = londonWallClock(epoch);
        const r = parseUkDate(`${pad(w.day)}/${pad(w.month)}/${w.year}`, { anchor: epoch, hint: 'numeric-dmy' });
        expect(r).toEqual({ ok: true, epochMs: londonMidnight(w), precision: 'day' });
      }),
      { numRuns: 500 },
    );
  });

  it('"Today" and "Yesterday at" read back against the capture time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 * 60 }), (epoch, minutesLater) => {
        const w = londonWallClock(epoch);
        if (resolveLondonWallClock(w).kind !== 'exact') return;
        const text = `${pad(w.hour)}:${pad(w.minute)}`;
        const anchor = epoch + minutesLater * 60_000;
        const sameDay = londonWallClock(anchor).day === w.day;
        const r = parseUkDate(sameDay ? `Today ${text}` : `Yesterday at ${text}`, { anchor, hint: 'relative' });
        // Up to 20 hours later is the same London day or the next, never two days on.
        expect(r, `${sameDay ? 'Today' : 'Yesterday at'} ${text}`).toMatchObject({ ok: true, epochMs: epoch });
      }),
      { numRuns: 800 },
    );
  });

  it('never throws on any text, and a refusal says what it could not read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 })), fc.constantFrom('auto', 'numeric-dmy', 'month-name', 'relative', 'iso' as const), (text, hint) => {
        const r = parseUkDate(text, { anchor: Date.parse('2026-11-23T12:00:00Z'), hint });
        if (r.ok) expect(Number.isFinite(r.epochMs)).toBe(true);
        else expect(r.reason).toMatch(/^Could not read /);
      }),
      { numRuns: 2000 },
    );
  });
});
