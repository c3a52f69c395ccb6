import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { measurePoints, NOTE_MEASURES } from './registry';

const row = (day: string, unit: string, shift: 'day' | 'night', notes: number, vague: number, scoreSum: number): DailyRollup => ({
  id: `${day}|${unit}|${shift}`, day, system: 's', unit, shift, dayType: 'weekday', notes, flagged: { vague }, scoreSum,
});
const rollups = [
  row('2026-03-02', 'Oak', 'day', 10, 4, 700),
  row('2026-03-08', 'Cedar', 'night', 10, 6, 500), // Sunday: same ISO week as 2 March
  row('2026-03-09', 'Oak', 'day', 20, 2, 1800),
];
const measure = (id: string) => NOTE_MEASURES.find((m) => m.id === id)!;

describe('measures from daily roll-ups', () => {
  it('adds up a share per ISO week (Monday) and per month', () => {
    expect(measurePoints(measure('vague'), rollups, 'week')).toEqual([
      { period: '2026-03-02', numerator: 10, denominator: 20, value: 0.5 },
      { period: '2026-03-09', numerator: 2, denominator: 20, value: 0.1 },
    ]);
    expect(measurePoints(measure('vague'), rollups, 'month')).toEqual([{ period: '2026-03-01', numerator: 12, denominator: 40, value: 0.3 }]);
  });

  it('gives the mean note score, and the same for one segment', () => {
    expect(measurePoints(measure('mean-score'), rollups, 'week').map((p) => p.value)).toEqual([60, 90]);
    expect(measurePoints(measure('vague'), rollups, 'week', { unit: 'Cedar' })).toEqual([{ period: '2026-03-02', numerator: 6, denominator: 10, value: 0.6 }]);
    expect(measurePoints(measure('vague'), rollups, 'week', { shift: 'day' }).map((p) => p.value)).toEqual([0.4, 0.1]);
  });

  it('says which way is better and the target for each note measure', () => {
    expect(NOTE_MEASURES.map((m) => [m.id, m.direction])).toEqual([
      ['vague', 'lower-is-better'],
      ['copied-forward', 'lower-is-better'],
      ['late-entry', 'lower-is-better'],
      ['mean-score', 'higher-is-better'],
    ]);
  });
});
