import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { handCycle } from '../audit/test-support';
import type { RuleId } from '../model/quality-flag';
import type { Sample, SampleJudgement } from '../model/sample';
import { measureById, measurePoints, MEASURES, NOTE_MEASURES, withTargets } from './registry';

const row = (day: string, unit: string, shift: 'day' | 'night', notes: number, vague: number, scoreSum: number): DailyRollup => ({
  id: `${day}|${unit}|${shift}`, day, system: 's', unit, shift, dayType: 'weekday', role: 'Carer', notes, flagged: { vague }, scoreSum, residents: { r1: notes },
});
const rollups = { rollups: [
  row('2026-03-02', 'Oak', 'day', 10, 4, 700),
  row('2026-03-08', 'Cedar', 'night', 10, 6, 500), // Sunday: same ISO week as 2 March
  row('2026-03-09', 'Oak', 'day', 20, 2, 1800),
] };
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

  it('says which way is better for every measure, and splits each only where the split means something', () => {
    expect(MEASURES.map((m) => [m.id, m.direction, m.period])).toEqual([
      ['vague', 'lower-is-better', 'week'],
      ['copied-forward', 'lower-is-better', 'week'],
      ['late-entry', 'lower-is-better', 'week'],
      ['mean-score', 'higher-is-better', 'week'],
      ['notes-per-resident-day', 'higher-is-better', 'week'],
      ['sections-overdue', 'lower-is-better', 'week'],
      ['update-lag', 'lower-is-better', 'month'],
      ['audit-score', 'higher-is-better', 'month'],
      ['scheduled-gap', 'lower-is-better', 'month'],
      ['agreement', 'higher-is-better', 'month'],
    ]);
    expect(measureById('sections-overdue')!.dimensions).toEqual(['unit', 'home']);
    expect(measureById('vague')!.dimensions).toEqual(['unit', 'shift', 'dayType', 'role', 'home']);
    // A care-plan section has no shift: asking for the night shift finds nothing rather than everything.
    expect(measurePoints(measureById('sections-overdue')!, { rollups: [], backlog: [{ day: '2026-03-02', overdue: 1, tracked: 10 }] }, 'week', { shift: 'night' })).toEqual([]);
    expect(withTargets(MEASURES, { 'update-lag': 3 }).find((m) => m.id === 'update-lag')!.target).toBe(3);
  });
});

let seq = 0;
const rr = (day: string, unit: string, shift: 'day' | 'night', role: string, residents: Record<string, number>): DailyRollup => {
  const notes = Object.values(residents).reduce((a, b) => a + b, 0);
  return { id: [day, unit, shift, role].join('|'), day, system: 's', unit, shift, dayType: 'weekday', role, notes, flagged: {}, scoreSum: 0, residents };
};

describe('notes per resident per day', () => {
  // Monday 2 March, Oak: r1 has 4 day notes and 1 night note, r2 has 3 day notes; Tuesday r1 alone, 2 notes.
  const rows = [
    rr('2026-03-02', 'Oak', 'day', 'Carer', { r1: 3, r2: 3 }),
    rr('2026-03-02', 'Oak', 'day', 'Senior carer', { r1: 1 }),
    rr('2026-03-02', 'Oak', 'night', 'Carer', { r1: 1 }),
    rr('2026-03-03', 'Oak', 'day', 'Carer', { r1: 2 }),
  ];
  const m = measureById('notes-per-resident-day')!;

  it('divides notes by resident-days, counting a resident once a day however many notes or shifts', () => {
    expect(measurePoints(m, { rollups: rows }, 'week')).toEqual([{ period: '2026-03-02', numerator: 10, denominator: 3, value: 10 / 3 }]);
  });

  it('gives a shift or a role its notes over the same resident-days, not over the residents it wrote about', () => {
    // One night note over 3 resident-days, not 1 note per resident seen at night.
    expect(measurePoints(m, { rollups: rows }, 'week', { shift: 'night' })[0]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(measurePoints(m, { rollups: rows }, 'week', { role: 'Senior carer' })[0]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(measurePoints(m, { rollups: rows }, 'week', { unit: 'Ash' })).toEqual([]);
  });
});

describe('care-plan, audit and sample measures', () => {
  it('pools the share of sections overdue over the days of a week, for all units or one', () => {
    const backlog = [
      { day: '2026-03-02', overdue: 2, tracked: 10, byUnit: { Oak: { overdue: 2, tracked: 4 }, Ash: { overdue: 0, tracked: 6 } } },
      { day: '2026-03-03', overdue: 1, tracked: 10, byUnit: { Oak: { overdue: 1, tracked: 4 }, Ash: { overdue: 0, tracked: 6 } } },
    ];
    const m = measureById('sections-overdue')!;
    expect(measurePoints(m, { rollups: [], backlog })).toEqual([{ period: '2026-03-02', numerator: 3, denominator: 20, value: 0.15 }]);
    expect(measurePoints(m, { rollups: [], backlog }, 'week', { unit: 'Oak' })[0]).toMatchObject({ numerator: 3, denominator: 8 });
  });

  it('takes the median lag of the changes in need reflected in a month, leaving open ones out', () => {
    const lag = (changeDay: string, days: number, open = false, unit = 'Oak') => ({ sectionKey: 's', residentKey: 'r', unit, changeDay, week: changeDay, days, open });
    const lags = [lag('2026-03-02', 2), lag('2026-03-10', 9), lag('2026-03-20', 4), lag('2026-03-25', 30, true), lag('2026-04-01', 1, false, 'Ash')];
    const points = measurePoints(measureById('update-lag')!, { rollups: [], lags });
    expect(points.map((p) => [p.period, p.value, p.denominator])).toEqual([
      ['2026-03-01', 4, 3],
      ['2026-04-01', 1, 1],
    ]);
    expect(measurePoints(measureById('update-lag')!, { rollups: [], lags }, 'month', { unit: 'Ash' }).map((p) => p.period)).toEqual(['2026-04-01']);
  });

  it('scores closed audit cycles by the month of the records audited, in each record\'s segment', () => {
    const cycles = [
      handCycle(3, [
        { unit: 'Oak', value: 'yes' },
        { unit: 'Oak', value: 'partly' },
        { unit: 'Cedar', shift: 'night', value: 'no' },
        { unit: 'Cedar', value: 'na' },
      ]),
      handCycle(4, [{ unit: 'Oak', value: 'yes' }], { status: 'open', closedAt: undefined }),
    ];
    const m = measureById('audit-score')!;
    // yes 1 + partly ½ + no 0 over 3 scored answers; "not applicable" is left out; the open cycle is not counted.
    expect(measurePoints(m, { rollups: [], cycles })).toEqual([{ period: '2026-03-01', numerator: 1.5, denominator: 3, value: 0.5 }]);
    expect(measurePoints(m, { rollups: [], cycles }, 'month', { shift: 'night' })[0]).toMatchObject({ value: 0, denominator: 1 });
    expect(measurePoints(m, { rollups: [], cycles }, 'month', { unit: 'Oak' })[0]).toMatchObject({ value: 0.75, denominator: 2 });
  });

  it('gives the gap between unscheduled and scheduled samples, and how often engine and people agree', () => {
    const at = Date.UTC(2026, 2, 3, 10); // Tuesday 3 March, 10:00
    const j = (engineFlags: RuleId[], verdict: 'agree' | 'disagree', added: RuleId[] = []): SampleJudgement => ({
      noteKey: `n${++seq}`,
      careAt: at,
      unit: 'Oak',
      rulesVersion: 1,
      engineFlags,
      verdicts: Object.fromEntries(engineFlags.map((r) => [r, verdict])),
      added,
      judgedAt: at,
    });
    const sample = (scheduled: boolean, judgements: SampleJudgement[]): Sample => ({
      status: 'complete', seed: 1, population: 10, noteKeys: judgements.map((x) => x.noteKey), url: 'u', system: 's', reviewer: { role: 'Deputy' }, scheduled, startedAt: at, completedAt: at, judgements,
    });
    const samples = [
      // Scheduled: 1 of 4 judged weak. Unscheduled: 3 of 4 judged weak (one the engine missed).
      sample(true, [j(['vague'], 'agree'), j([], 'agree'), j(['vague'], 'disagree'), j([], 'agree')]),
      sample(false, [j(['vague'], 'agree'), j(['late-entry'], 'agree'), j([], 'agree', ['no-outcome']), j([], 'agree')]),
    ];
    const gap = measurePoints(measureById('scheduled-gap')!, { rollups: [], samples })[0]!;
    expect(gap.value).toBeCloseTo(0.75 - 0.25);
    expect(gap.denominator).toBe(4);
    // Flags raised: 4 by the engine + 1 added = 5; confirmed: 3.
    expect(measurePoints(measureById('agreement')!, { rollups: [], samples })[0]).toMatchObject({ numerator: 3, denominator: 5, value: 0.6 });
    expect(measurePoints(measureById('agreement')!, { rollups: [], samples }, 'month', { shift: 'night' })).toEqual([]);
  });
});
