import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { NOTE_MEASURES } from './registry';
import { recentWindow, spreadTable } from './spread';

const vague = NOTE_MEASURES.find((m) => m.id === 'vague')!;
const score = NOTE_MEASURES.find((m) => m.id === 'mean-score')!;

const row = (day: string, unit: string, shift: 'day' | 'night', dayType: 'weekday' | 'weekend', notes: number, flagged: number, scoreSum = 0): DailyRollup => ({
  id: [day, unit, shift, dayType].join('|'), day, system: 's', unit, shift, dayType, role: shift === 'night' ? 'Night carer' : 'Carer', notes, flagged: { vague: flagged }, scoreSum, residents: { r1: notes },
});

// Baseline: January 2026. Now: Wednesday 25 March 2026; the last 2 complete weeks are 9-22 March.
const baseline = { start: '2026-01-01', end: '2026-01-31' };
const now = '2026-03-25';
const rollups: DailyRollup[] = [
  // Oak: 40% -> 10%, day weekday.
  row('2026-01-12', 'Oak', 'day', 'weekday', 100, 40, 6000),
  row('2026-03-10', 'Oak', 'day', 'weekday', 100, 10, 9000),
  // Cedar: 40% -> 38% (not improved by 10%), night weekend.
  row('2026-01-17', 'Cedar', 'night', 'weekend', 100, 40, 6000),
  row('2026-03-21', 'Cedar', 'night', 'weekend', 100, 38, 6200),
  // Ash: 10% -> 10%, already at target (15%): nothing to improve.
  row('2026-01-13', 'Ash', 'day', 'weekday', 100, 10, 9000),
  row('2026-03-16', 'Ash', 'day', 'weekday', 100, 10, 9000),
  // Outside both windows: before the baseline, between, in the partial current week.
  row('2025-12-31', 'Oak', 'day', 'weekday', 100, 100, 0),
  row('2026-02-15', 'Oak', 'day', 'weekday', 100, 100, 0),
  row('2026-03-24', 'Oak', 'day', 'weekday', 100, 100, 0),
  row('2026-03-08', 'Oak', 'day', 'weekday', 100, 100, 0), // Sunday before the window
];
const table = spreadTable(vague, { rollups }, { baseline, now, recentWeeks: 2 });
const get = (dimension: string, segment: string) => table.rows.find((r) => r.dimension === dimension && r.segment === segment)!;

describe('spread table', () => {
  it('takes "now" as the last complete weeks before the current one', () => {
    expect(recentWindow('2026-03-25', 2)).toEqual({ start: '2026-03-09', end: '2026-03-22' });
    // A Monday's own week is not complete yet; a Sunday's week is not either (the day is not over).
    expect(recentWindow('2026-03-23', 1)).toEqual({ start: '2026-03-16', end: '2026-03-22' });
    expect(recentWindow('2026-03-22', 1)).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(table.recent).toEqual({ start: '2026-03-09', end: '2026-03-22' });
  });

  it('pools each segment over the baseline and now, with the change and the gap to the best', () => {
    expect(get('unit', 'Oak')).toMatchObject({ baseline: 0.4, current: 0.1, baselineDenominator: 100, currentDenominator: 100, gapToBest: 0, best: true });
    expect(get('unit', 'Oak').change).toBeCloseTo(-0.3);
    expect(get('unit', 'Cedar')).toMatchObject({ baseline: 0.4, current: 0.38, worst: true, best: false });
    expect(get('unit', 'Cedar').gapToBest).toBeCloseTo(0.28);
    expect(table.dimensions.map((d) => d.rows.map((r) => r.segment))).toEqual([['Ash', 'Cedar', 'Oak'], ['day', 'night'], ['weekday', 'weekend'], ['Carer', 'Night carer']]);
    // Pooled, not averaged: day = Oak + Ash = (10 + 10) / 200 now.
    expect(get('shift', 'day')).toMatchObject({ baseline: 0.25, current: 0.1 });
  });

  it('says whether the gap between best and worst is narrowing', () => {
    const units = table.dimensions[0]!;
    expect(units.spreadBaseline).toBeCloseTo(0.3); // Ash 10% vs Oak/Cedar 40%
    expect(units.spreadNow).toBeCloseTo(0.28); // Oak/Ash 10% vs Cedar 38%
    expect(units.narrowing).toBe(true);
    const shifts = table.dimensions[1]!;
    expect(shifts.spreadBaseline).toBeCloseTo(0.15);
    expect(shifts.spreadNow).toBeCloseTo(0.28);
    expect(shifts.narrowing).toBe(false);
  });

  it('lists segments not improved by 10% (relative), but not those at target throughout', () => {
    expect(table.notImproved.map((r) => `${r.dimension}:${r.segment}`)).toEqual(['unit:Cedar', 'shift:night', 'dayType:weekend', 'role:Night carer']);
    expect(get('unit', 'Ash').notImproved).toBe(false);
    expect(table.sentence).toBe(
      'Notes flagged vague: 4 segments have not improved by at least 10% on the baseline: Cedar (unit: 40.0% then, 38.0% now), night (shift: 40.0% then, 38.0% now), weekend (day type: 40.0% then, 38.0% now), Night carer (author role: 40.0% then, 38.0% now).',
    );
    // 40% -> 35% clears a 10% margin (needs 36% or less) but not a 20% one (needs 32% or less).
    const edge = [row('2026-01-12', 'Oak', 'day', 'weekday', 100, 40), row('2026-03-10', 'Oak', 'day', 'weekday', 100, 35)];
    expect(spreadTable(vague, { rollups: edge }, { baseline, now, recentWeeks: 2 }).notImproved).toEqual([]);
    expect(spreadTable(vague, { rollups: edge }, { baseline, now, recentWeeks: 2, margin: 0.2 }).notImproved.map((r) => r.segment)).toEqual(['Oak', 'day', 'weekday', 'Carer']);
  });

  it('names the segment furthest behind the best even when it improved on its own baseline', () => {
    // Cedar: 40% -> 30% (improved by a quarter) while Oak reached 10%: broad it is not.
    const rows = [
      row('2026-01-12', 'Oak', 'day', 'weekday', 100, 40),
      row('2026-03-10', 'Oak', 'day', 'weekday', 100, 10),
      row('2026-01-13', 'Cedar', 'day', 'weekday', 100, 40),
      row('2026-03-11', 'Cedar', 'day', 'weekday', 100, 30),
      row('2026-01-14', 'Ash', 'day', 'weekday', 100, 40),
      row('2026-03-12', 'Ash', 'day', 'weekday', 100, 11),
    ];
    const t = spreadTable(vague, { rollups: rows }, { baseline, now, recentWeeks: 2 });
    expect(t.notImproved).toEqual([]);
    expect(t.behind.map((r) => r.segment)).toEqual(['Cedar']);
    expect(t.sentence).toBe(
      'Notes flagged vague: every segment with data has improved by at least 10% on its baseline, or stayed at target. Furthest behind now: Cedar (unit: 30.0%, 20.0 points behind the best).',
    );
    // Ash, 1 point behind Oak, is within the margin (10% of the 15% target): not named.
    const close = spreadTable(vague, { rollups: rows.filter((r) => r.unit !== 'Cedar') }, { baseline, now, recentWeeks: 2 });
    expect(close.behind).toEqual([]);
  });

  it('follows the direction of a higher-is-better measure', () => {
    const t = spreadTable(score, { rollups }, { baseline, now, recentWeeks: 2 });
    const row = (seg: string) => t.rows.find((r) => r.segment === seg)!;
    expect(row('Oak')).toMatchObject({ baseline: 60, current: 90, best: true, notImproved: false });
    expect(row('Ash')).toMatchObject({ best: true, notImproved: false }); // 90 = target 80 met throughout
    expect(row('Cedar')).toMatchObject({ baseline: 60, current: 62, worst: true, gapToBest: 28, notImproved: true }); // 62 < 66
  });

  it('marks a segment without data as such, never as not improved or best', () => {
    const t = spreadTable(vague, { rollups: [row('2026-01-12', 'Oak', 'day', 'weekday', 100, 40)] }, { baseline, now });
    expect(t.rows.find((r) => r.segment === 'Oak')).toMatchObject({ current: null, noData: true, notImproved: false, best: false, gapToBest: null });
    expect(t.dimensions[0]!.narrowing).toBeNull();
    expect(t.sentence).toBe('Notes flagged vague: no segment has data in both the baseline and the last 8 weeks.');
    expect(spreadTable(vague, { rollups }, { baseline, now: Date.UTC(2026, 2, 25, 12) }).recent).toEqual({ start: '2026-01-26', end: '2026-03-22' });
    expect(() => spreadTable(vague, { rollups }, { baseline, now, recentWeeks: 0 })).toThrow(/at least 1/);
  });
});
