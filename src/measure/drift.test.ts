import { describe, expect, it } from 'vitest';
import type { DailyRollup } from '../model/daily-rollup';
import { driftWarnings, firstSeenOf } from './drift';
import { NOTE_MEASURES } from './registry';

const vague = NOTE_MEASURES.find((m) => m.id === 'vague')!;
const score = NOTE_MEASURES.find((m) => m.id === 'mean-score')!;

const monday = (k: number) => {
  const d = new Date(Date.UTC(2026, 0, 5 + 7 * k));
  return d.toISOString().slice(0, 10);
};
/** Routine week-to-week noise in percentage points: no run, trend or 2-of-3 pattern in it. */
const NOISE = [0, 2, -1, 1, -2, 1, -1, 2, 0, -1];
const BASELINE_WEEKS = 13;
const INTERVENTION_WEEK = 15;
const WEEKS = 41; // weeks 0..40 complete; now is in week 41

/** One roll-up row per week: `pct(k)` percent of 100 notes vague, the score its complement. */
function unit(name: string, pct: (k: number) => number, notes = 100): DailyRollup[] {
  return Array.from({ length: WEEKS }, (_, k) => {
    const v = Math.round(pct(k) + NOISE[k % NOISE.length]!);
    return { id: `${name}|${k}`, day: monday(k), system: 's', unit: name, shift: 'day', dayType: 'weekday', role: 'Carer', notes, flagged: { vague: v }, scoreSum: (100 - v) * notes, residents: { r1: notes } };
  });
}
const improved = (k: number) => (k < INTERVENTION_WEEK ? 40 : 10);
const rollups = [
  ...unit('Steady', improved),
  ...unit('Drifting', (k) => (k < 35 ? improved(k) : 10 + 3 * (k - 34))), // 13%, 16%, ... from week 35
  ...unit('Never', () => 40),
  ...unit('Tiny', (k) => (k < 35 ? improved(k) : 60), 10), // 10 notes a week: never judged
];
const opts = {
  baseline: { start: monday(0), end: '2026-04-05' }, // 13 weeks, Sunday of week 12
  interventions: [{ day: monday(INTERVENTION_WEEK), label: 'New template' }],
  now: '2026-10-21', // Wednesday of week 41
};
const bySegment = (ws: ReturnType<typeof driftWarnings>) => Object.fromEntries(ws.map((w) => [w.segment, w]));

describe('drift warnings', () => {
  it('warns for a segment that improved and is slipping back, with the week first seen', () => {
    expect(monday(BASELINE_WEEKS - 1) <= opts.baseline.end && monday(BASELINE_WEEKS) > opts.baseline.end).toBe(true);
    const w = bySegment(driftWarnings(vague, { rollups }, opts));
    expect(Object.keys(w).sort()).toEqual(['Carer (author role)', 'Drifting', 'all notes', 'day shift', 'weekdays']);
    const d = w['Drifting']!;
    expect(d).toMatchObject({ measureId: 'vague', dimension: 'unit', filter: { unit: 'Drifting' }, limitsFrom: monday(INTERVENTION_WEEK) });
    expect(d.baselineMean).toBeCloseTo(0.4015, 4); // 40% + 2 points of noise over 13 weeks
    expect(d.improvedMean).toBeCloseTo(0.1, 2);
    // Limits 10% ± ~4.5 points: week 36 (16% + 1 noise = 17%) is the first beyond the upper limit;
    // week 35 (13% + 0) with week 36 already met 2 of 3 close to the limit. The earliest rule wins.
    expect(d.firstSeen).toBe(monday(36));
    expect(d.rule).toBe('two-of-three');
    expect(d.sentence).toBe(
      'Notes flagged vague, Drifting: slipping back since the week of 2026-09-14 (2 of 3 weeks close to the limit on the worse side). ' +
        'It improved from 40.2% in the baseline to 10.1% from the week of 2026-04-20; last complete week 28.0%.',
    );
  });

  it('does not warn for a steady, an unimproved or a too-small segment', () => {
    const w = bySegment(driftWarnings(vague, { rollups }, opts));
    for (const s of ['Steady', 'Never', 'Tiny', 'night shift', 'weekend']) expect(w[s]).toBeUndefined();
  });

  it('judges the direction of a higher-is-better measure', () => {
    const w = bySegment(driftWarnings(score, { rollups }, opts));
    expect(w['Drifting']).toMatchObject({ firstSeen: monday(36) });
    expect(w['Steady']).toBeUndefined();
  });

  it('starts the post-improvement limits where told, or where the new level settles', () => {
    // Told: 4 weeks after the intervention's week.
    const told = bySegment(driftWarnings(vague, { rollups }, { ...opts, recalcAfterWeeks: 4 }));
    expect(told['Drifting']!.limitsFrom).toBe(monday(INTERVENTION_WEEK + 4));
    // A ramp (40% down to 10% over 8 weeks): the limits start after it, not at the first signal.
    const ramp = (k: number) => (k < INTERVENTION_WEEK ? 40 : Math.max(10, 40 - 4 * (k - INTERVENTION_WEEK + 1)));
    const ramped = unit('Ramp', (k) => (k < 35 ? ramp(k) : 10 + 3 * (k - 34)));
    const r = driftWarnings(vague, { rollups: ramped }, opts).find((x) => x.segment === 'Ramp')!;
    // Week 20 (16%, then 12%, then 10% on) starts the first 12 weeks with no special cause among
    // themselves; earlier windows hold the ramp's steady fall (a trend or a shift).
    expect(r.limitsFrom).toBe(monday(20));
    expect(r.improvedMean).toBeLessThan(0.15);
    // Seen within 3 weeks of the slip starting (week 35), whatever stretch the limits rest on.
    expect(r.firstSeen >= monday(35) && r.firstSeen <= monday(37), `${r.firstSeen}, limits from ${r.limitsFrom}`).toBe(true);
  });

  it('ignores improvements before the intervention and the current, partial week', () => {
    // No intervention after the baseline: improvements count from the week after it.
    expect(bySegment(driftWarnings(vague, { rollups }, { ...opts, interventions: [] }))['Drifting']).toBeDefined();
    // A spike in the current week (week 41) is not judged.
    const spike = unit('Spike', improved).concat({ ...unit('Spike', improved)[0]!, id: 'x', day: '2026-10-19', flagged: { vague: 90 } });
    expect(driftWarnings(vague, { rollups: spike }, opts)).toEqual([]);
  });

  it('dates a signal by the week its rule is met', () => {
    const periods = Array.from({ length: 8 }, (_, k) => monday(k));
    expect(firstSeenOf({ rule: 'beyond-limit', periods: periods.slice(0, 1) })).toBe(monday(0));
    expect(firstSeenOf({ rule: 'shift', periods })).toBe(monday(6));
    expect(firstSeenOf({ rule: 'trend', periods })).toBe(monday(6));
    expect(firstSeenOf({ rule: 'two-of-three', periods: [monday(2), monday(4)] })).toBe(monday(4));
  });
});
