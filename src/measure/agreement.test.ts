import { describe, expect, it } from 'vitest';
import type { RuleId } from '../model/quality-flag';
import type { SampleJudgement } from '../model/sample';
import { agreementByRule, personFlags } from './agreement';

const judged = (engineFlags: RuleId[], verdicts: SampleJudgement['verdicts'] = {}, added: RuleId[] = []): SampleJudgement => ({
  noteKey: `k${Math.random()}`,
  careAt: 0,
  rulesVersion: 1,
  engineFlags,
  verdicts,
  added,
  judgedAt: 0,
});
const times = (n: number, j: () => SampleJudgement) => Array.from({ length: n }, j);

describe('agreement between the engine and people', () => {
  it('reads what the person said from their verdicts and their own flags', () => {
    const j = judged(['vague', 'too-short'], { vague: 'agree', 'too-short': 'disagree' }, ['no-outcome']);
    expect(personFlags(j, 'vague')).toBe(true);
    expect(personFlags(j, 'too-short')).toBe(false);
    expect(personFlags(j, 'no-outcome')).toBe(true);
    expect(personFlags(j, 'late-entry')).toBe(false);
  });

  it('counts the 2×2 table per rule and works out agreement, kappa, confirmed and found', () => {
    const js = [
      ...times(20, () => judged(['vague'], { vague: 'agree' })),
      ...times(5, () => judged(['vague'], { vague: 'disagree' })),
      ...times(5, () => judged([], {}, ['vague'])),
      ...times(70, () => judged([])),
    ];
    const vague = agreementByRule(js).find((a) => a.rule === 'vague')!;
    expect(vague).toMatchObject({ decisions: 100, both: 20, engineOnly: 5, personOnly: 5, neither: 70 });
    expect(vague.agreement).toBeCloseTo(0.9);
    // pe = (25×25 + 75×75) / 100² = 0.625; κ = (0.9 − 0.625) / 0.375
    expect(vague.kappa).toBeCloseTo(0.7333, 3);
    expect(vague.confirmed).toBeCloseTo(0.8);
    expect(vague.found).toBeCloseTo(0.8);
    expect(vague.verdict).toBe('trusted');
  });

  it('says a rule over-flags when people reject many of its flags, and misses when people find what it does not', () => {
    const over = [...times(6, () => judged(['vague'], { vague: 'agree' })), ...times(6, () => judged(['vague'], { vague: 'disagree' }))];
    expect(agreementByRule(over).find((a) => a.rule === 'vague')!.verdict).toBe('over-flags');
    const misses = [...times(12, () => judged(['no-outcome'], { 'no-outcome': 'agree' })), ...times(8, () => judged([], {}, ['no-outcome']))];
    expect(agreementByRule(misses).find((a) => a.rule === 'no-outcome')!.verdict).toBe('misses');
  });

  it('waits for enough flags before giving a verdict', () => {
    const few = times(3, () => judged(['vague'], { vague: 'disagree' }));
    const row = agreementByRule(few).find((a) => a.rule === 'vague')!;
    expect(row.confirmed).toBe(0);
    expect(row.verdict).toBe('too-few');
  });

  it('adds every rule into one overall row, and leaves kappa undefined when chance cannot be told apart', () => {
    const js = times(4, () => judged([]));
    const rows = agreementByRule(js);
    const all = rows.at(-1)!;
    expect(all.rule).toBe('all');
    expect(all.decisions).toBe(4 * (rows.length - 1));
    expect(all.agreement).toBe(1);
    expect(all.kappa).toBeUndefined();
    expect(agreementByRule([]).at(-1)!.agreement).toBeUndefined();
  });
});
