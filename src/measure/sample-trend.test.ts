import { describe, expect, it } from 'vitest';
import type { Sample, SampleJudgement } from '../model/sample';
import { sampleWeeks, scheduledGap } from './sample-trend';

const at = (iso: string) => Date.parse(iso);
const j = (careAt: number, weak: boolean, agree = true): SampleJudgement => ({
  noteKey: `n${careAt}${weak}`,
  careAt,
  rulesVersion: 1,
  engineFlags: weak || !agree ? ['vague'] : [],
  verdicts: weak || !agree ? { vague: weak ? 'agree' : 'disagree' } : {},
  added: [],
  judgedAt: careAt,
});
const sample = (scheduled: boolean, judgements: SampleJudgement[]): Sample => ({
  status: 'complete',
  seed: 1,
  population: 50,
  noteKeys: judgements.map((x) => x.noteKey),
  url: 'https://care.example/notes',
  system: 'harbour',
  reviewer: { role: 'Deputy manager' },
  scheduled,
  startedAt: 0,
  judgements,
});

describe('sample weeks', () => {
  it('puts each judged note in the London week its care happened, with what the person found', () => {
    const weeks = sampleWeeks([
      // 22:30 UTC on Sunday 5 April is 23:30 BST: still Sunday in London, so the week of 30 March.
      sample(true, [j(at('2026-04-05T22:30:00Z'), true), j(at('2026-04-06T08:00:00Z'), false)]),
      sample(false, [j(at('2026-04-07T08:00:00Z'), true), j(at('2026-04-08T08:00:00Z'), false, false)]),
    ]);
    expect(weeks.map((w) => w.week)).toEqual(['2026-03-30', '2026-04-06']);
    expect(weeks[0]).toMatchObject({ notes: 1, judgedWeak: 1, scheduledNotes: 1, scheduledWeak: 1 });
    expect(weeks[1]).toMatchObject({ notes: 3, judgedWeak: 1, scheduledNotes: 1, scheduledWeak: 0 });
    // One disagreement (the engine's vague flag rejected) among 3 notes × 8 rules.
    expect(weeks[1]!.decisions).toBe(24);
    expect(weeks[1]!.agreed).toBe(23);
  });

  it('shows the gap between scheduled audits and unscheduled spot checks', () => {
    const weeks = sampleWeeks([
      sample(true, [j(1, false), j(2, false), j(3, false), j(4, true)]),
      sample(false, [j(5, true), j(6, true), j(7, false), j(8, false)]),
    ]);
    const gap = scheduledGap(weeks);
    expect(gap.scheduled).toEqual({ notes: 4, weak: 1, rate: 0.25 });
    expect(gap.unscheduled).toEqual({ notes: 4, weak: 2, rate: 0.5 });
    expect(scheduledGap([]).scheduled.rate).toBeUndefined();
  });
});
