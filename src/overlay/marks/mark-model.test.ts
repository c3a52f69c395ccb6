import { describe, expect, it } from 'vitest';
import { bandOf, markModel } from './mark-model';

const flag = (rule: string, reason = `reason for ${rule}`) => ({ rule, reason, explanation: `what ${rule} means` });

describe('markModel', () => {
  it('writes the band, the score and the flagged rules: never colour alone', () => {
    const m = markModel({ score: 35, flags: [flag('vague'), flag('too-short')] });
    expect(m.band).toBe('weak');
    expect(m.label).toBe('Weak 35: vague, too short');
  });

  it('says OK with the score when nothing is flagged', () => {
    expect(markModel({ score: 100, flags: [] }).label).toBe('OK 100');
    expect(markModel({ score: 92.4, flags: [] }).label).toBe('OK 92');
  });

  it('bands scores: weak below 50, fair below 80, OK from 80', () => {
    expect([0, 49, 50, 79, 80, 100].map(bandOf)).toEqual(['weak', 'weak', 'fair', 'fair', 'ok', 'ok']);
  });

  it('lists each flag with its reason and the rule explanation', () => {
    const m = markModel({ score: 60, flags: [flag('late-entry', 'Written 9 hours after the care.')] });
    expect(m.reasons).toEqual([{ rule: 'late entry', reason: 'Written 9 hours after the care.', explanation: 'what late-entry means' }]);
  });
});
