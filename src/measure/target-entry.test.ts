import { describe, expect, it } from 'vitest';
import { measureById } from './registry';
import { readTarget, shownTarget } from './target-entry';

describe('typing a measure target', () => {
  it('takes shares as percentages and keeps them as fractions, round trip exact', () => {
    const vague = measureById('vague')!;
    expect(shownTarget(vague)).toBe(15);
    expect(readTarget(vague, '12.5')).toEqual({ ok: true, target: 0.125 });
    expect(shownTarget({ ...vague, target: 0.125 })).toBe(12.5);
  });

  it('refuses what cannot be a target, in words, per unit', () => {
    expect(readTarget(measureById('vague')!, '800')).toEqual({ ok: false, error: 'Notes flagged vague: enter a percentage from 0 to 100.' });
    expect(readTarget(measureById('notes-per-resident-day')!, '')).toMatchObject({ ok: false });
    expect(readTarget(measureById('mean-score')!, 'eighty')).toMatchObject({ ok: false, error: expect.stringContaining('a score from 0 to 100') });
    expect(readTarget(measureById('notes-per-resident-day')!, '6')).toEqual({ ok: true, target: 6 });
  });
});
