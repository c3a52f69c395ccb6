import { describe, expect, it } from 'vitest';
import type { Note } from '../model/note';
import { SampleJudgementSchema } from '../model/sample';
import { judgementOf, summariseSample } from './judgement';

const note = {
  key: 'n1', residentKey: 'r1', residentName: 'Ada', careAt: 1000, careAtPrecision: 'minute', unit: 'Oak', text: 'All fine.',
  provenance: { system: 's', url: 'u', capturedAt: 1, recipeId: 'r', recipeVersion: 1 },
  quality: { rulesVersion: 3, score: 40, flags: [
    { rule: 'too-short', reason: 'Short.', evidence: [] },
    { rule: 'vague', reason: 'Stock phrases.', evidence: ['all fine'] },
  ] },
} as unknown as Note;

describe('judging a sampled note', () => {
  it('copies in the engine flags as they are now and keeps only verdicts on them', () => {
    const j = judgementOf(note, { verdicts: { vague: 'agree', 'too-short': 'disagree', 'late-entry': 'agree' }, added: ['no-outcome', 'vague'], comment: '  No outcome recorded. ' }, 5);
    expect(j).toEqual({
      noteKey: 'n1', careAt: 1000, unit: 'Oak', rulesVersion: 3,
      engineFlags: ['vague', 'too-short'],
      verdicts: { vague: 'agree', 'too-short': 'disagree' },
      added: ['no-outcome'],
      comment: 'No outcome recorded.',
      judgedAt: 5,
    });
    expect(SampleJudgementSchema.safeParse(j).success).toBe(true);
  });

  it('leaves a flag without a verdict for the schema to refuse', () => {
    const j = judgementOf(note, { verdicts: { vague: 'agree' }, added: [], comment: '' }, 5);
    expect(j.comment).toBeUndefined();
    expect(SampleJudgementSchema.safeParse(j).success).toBe(false);
  });

  it('sums what the deputy agreed with and added', () => {
    const a = judgementOf(note, { verdicts: { vague: 'agree', 'too-short': 'disagree' }, added: ['no-outcome'], comment: '' }, 5);
    const b = judgementOf(note, { verdicts: { vague: 'agree', 'too-short': 'agree' }, added: [], comment: '' }, 6);
    expect(summariseSample({ judgements: [a, b] })).toEqual({ notes: 2, engineFlags: 4, agreed: 3, added: 1 });
  });
});
