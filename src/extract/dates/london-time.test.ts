import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  londonDayKey,
  londonHour,
  londonOffsetMs,
  londonWallClock,
  londonWeekday,
  resolveLondonWallClock,
  startOfLondonWeek,
} from './london-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('london-time helpers', () => {
  it('londonDayKey gives the London calendar date', () => {
    expect(londonDayKey(at('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
    expect(londonDayKey(at('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
    expect(londonDayKey(at('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(londonDayKey(at('1900-01-01T12:00:00Z'))).toBe('1900-01-01');
  });

  it('londonHour gives the local hour, 0–23', () => {
    expect(londonHour(at('2026-11-23T14:05:00Z'))).toBe(14);
    expect(londonHour(at('2026-07-15T23:30:00Z'))).toBe(0);
    expect(londonHour(at('2026-03-29T00:59:00Z'))).toBe(0);
    expect(londonHour(at('2026-03-29T01:00:00Z'))).toBe(2);
    expect(londonHour(at('2026-10-25T00:30:00Z'))).toBe(1);
    expect(londonHour(at('2026-10-25T01:30:00Z'))).toBe(1);
  });

  it('londonWeekday numbers Monday 1 to Sunday 7', () => {
    expect(londonWeekday(at('2026-11-23T12:00:00Z'))).toBe(1);
    expect(londonWeekday(at('2026-11-29T12:00:00Z'))).toBe(7);
    // Sunday 23:30 UTC is already Monday in BST.
    expect(londonWeekday(at('2026-07-19T23:30:00Z'))).toBe(1);
  });

  it('startOfLondonWeek returns Monday 00:00 London time', () => {
    expect(iso(startOfLondonWeek(at('2026-11-25T10:00:00Z')))).toBe('2026-11-23T00:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2026-11-23T00:00:00Z')))).toBe('2026-11-23T00:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2026-11-22T23:59:59Z')))).toBe('2026-11-16T00:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2026-07-15T11:00:00Z')))).toBe('2026-07-12T23:00:00.000Z');
    // The week containing the spring change starts in GMT; the next one in BST.
    expect(iso(startOfLondonWeek(at('2026-03-29T12:00:00Z')))).toBe('2026-03-23T00:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2026-03-29T23:30:00Z')))).toBe('2026-03-29T23:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2026-10-25T23:59:00Z')))).toBe('2026-10-18T23:00:00.000Z');
    expect(iso(startOfLondonWeek(at('2027-01-01T09:00:00Z')))).toBe('2026-12-28T00:00:00.000Z');
  });

  it('londonOffsetMs is 0 in GMT and one hour in BST', () => {
    expect(londonOffsetMs(at('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMs(at('2026-07-15T12:00:00Z'))).toBe(3_600_000);
  });

  it('resolveLondonWallClock detects gaps and overlaps', () => {
    const wall = (y: number, mo: number, d: number, h: number, mi: number) =>
      ({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0, millisecond: 0 });
    expect(resolveLondonWallClock(wall(2026, 3, 29, 1, 30))).toEqual({ kind: 'gap' });
    expect(resolveLondonWallClock(wall(2026, 10, 25, 1, 30))).toEqual({
      kind: 'overlap',
      earlierMs: at('2026-10-25T00:30:00Z'),
      laterMs: at('2026-10-25T01:30:00Z'),
    });
    expect(resolveLondonWallClock(wall(2026, 6, 1, 9, 0))).toEqual({ kind: 'exact', epochMs: at('2026-06-01T08:00:00Z') });
  });

  it('throws a RangeError for an invalid instant rather than inventing a date', () => {
    expect(() => londonDayKey(Number.NaN)).toThrow(RangeError);
  });

  it('agrees with @date-fns/tz on random instants, 1950–2090', () => {
    let seed = 42;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const start = at('1950-01-01T00:00:00Z');
    const span = at('2090-01-01T00:00:00Z') - start;
    for (let i = 0; i < 2000; i += 1) {
      const epoch = Math.floor(start + next() * span);
      const expected = new TZDate(epoch, 'Europe/London');
      const w = londonWallClock(epoch);
      expect([w.year, w.month, w.day, w.hour, w.minute, w.second]).toEqual([
        expected.getFullYear(), expected.getMonth() + 1, expected.getDate(),
        expected.getHours(), expected.getMinutes(), expected.getSeconds(),
      ]);
      expect(londonWeekday(epoch)).toBe(expected.getDay() === 0 ? 7 : expected.getDay());
    }
  });
});
