import { describe, expect, it } from 'vitest';
import { broadVerdict } from './broad-verdict';
import { seriesOf } from './cycle-series';
import { handCycle, ONE_QUESTION, type HandRecord } from './test-support';

const yes = (r: Omit<HandRecord, 'value'>): HandRecord => ({ ...r, value: 'yes' });
const no = (r: Omit<HandRecord, 'value'>): HandRecord => ({ ...r, value: 'no' });
/** Cedar and Oak, day and night, weekday and weekend, all answered yes. */
const everywhere: HandRecord[] = [
  yes({ unit: 'Cedar', shift: 'day', dayType: 'weekday' }),
  yes({ unit: 'Cedar', shift: 'night', dayType: 'weekend' }),
  yes({ unit: 'Oak', shift: 'night', dayType: 'weekday' }),
  yes({ unit: 'Oak', shift: 'day', dayType: 'weekend' }),
];

describe('broadVerdict', () => {
  it('is broad when every unit, shift and day type is at or above target in the latest cycle', () => {
    const v = broadVerdict(seriesOf([handCycle(1, everywhere)], ONE_QUESTION.id), 0.8);
    expect(v).toMatchObject({ status: 'broad', below: [], missing: [] });
    expect(v.reason).toBe('Broad: every unit, shift and day type was at or above the 80% target in 2026-01-01 to 2026-01-28.');
  });

  it('lists the segments below target', () => {
    const latest = handCycle(2, [...everywhere, no({ unit: 'Oak', shift: 'night', dayType: 'weekend' }), no({ unit: 'Oak', shift: 'night', dayType: 'weekday' })]);
    const v = broadVerdict(seriesOf([handCycle(1, everywhere), latest], ONE_QUESTION.id), 0.8);
    expect(v.status).toBe('not-broad');
    // Oak 2 of 4, nights 2 of 4, weekends 2 of 3, weekdays 2 of 3; Cedar and day shifts are fine.
    expect(v.below.map((s) => [s.label, s.score])).toEqual([['Oak', 0.5], ['Night shift', 0.5], ['Weekdays', 2 / 3], ['Weekends', 2 / 3]]);
    expect(v.reason).toBe('Not broad in 2026-02-01 to 2026-02-28 (target 80%): Oak at 50%; Night shift at 50%; Weekdays at 67%; Weekends at 67%.');
  });

  it('names a segment missing from the latest cycle as missing, not passed', () => {
    const withoutOak = everywhere.filter((r) => r.unit !== 'Oak');
    const v = broadVerdict(seriesOf([handCycle(1, everywhere), handCycle(2, withoutOak)], ONE_QUESTION.id), 0.8);
    expect(v.status).toBe('not-broad');
    expect(v.below).toEqual([]);
    expect(v.missing).toEqual([{ dimension: 'unit', value: 'Oak', label: 'Oak', score: null }]);
    expect(v.reason).toContain('Oak not audited');
  });

  it('names a segment that was sampled but only answered "not applicable" as missing', () => {
    const v = broadVerdict(seriesOf([handCycle(1, [...everywhere, { unit: 'Pine', value: 'na' }])], ONE_QUESTION.id), 0.8);
    expect(v.missing.map((s) => s.label)).toEqual(['Pine']);
  });

  it('names a segment in the latest frame that the sample missed', () => {
    const cycle = handCycle(1, everywhere, {
      frame: { population: 9, segments: [{ segment: { unit: 'Birch', shift: 'day', dayType: 'weekday' }, records: 5, sampled: 0 }] },
    });
    expect(broadVerdict(seriesOf([cycle], ONE_QUESTION.id), 0.8).missing.map((s) => s.label)).toEqual(['Birch']);
  });

  it('counts a segment exactly at target as meeting it', () => {
    const fourFifths: HandRecord[] = [...Array.from({ length: 4 }, () => yes({})), no({})];
    expect(broadVerdict(seriesOf([handCycle(1, fourFifths)], ONE_QUESTION.id), 0.8).status).toBe('broad');
  });

  it('has no verdict without a closed cycle', () => {
    expect(broadVerdict([], 0.8)).toMatchObject({ status: 'no-cycles' });
  });
});
