import { describe, expect, it } from 'vitest';
import { seriesOf } from './cycle-series';
import { embeddedVerdict } from './embedded-verdict';
import { ONE_QUESTION, scoredCycle } from './test-support';

/** A series of monthly cycles scoring the given tenths, January first. */
const series = (...tenths: number[]) => seriesOf(tenths.map((t, i) => scoredCycle(i + 1, t)), ONE_QUESTION.id);
const ids = (v: ReturnType<typeof embeddedVerdict>) => v.cycles.map((c) => c.id);

describe('embeddedVerdict', () => {
  it('is embedded after three cycles in a row at or above target', () => {
    const v = embeddedVerdict(series(5, 6, 8, 9, 8), 0.8);
    expect(v.status).toBe('embedded');
    expect(ids(v)).toEqual([3, 4, 5]);
    expect(v.reason).toBe('Embedded: the last 3 cycles (2026-03-01 to 2026-05-28) were all at or above the 80% target, with no slip back.');
  });

  it('counts a cycle exactly at target as meeting it', () => {
    expect(embeddedVerdict(series(8, 8, 8), 0.8).status).toBe('embedded');
    expect(embeddedVerdict(series(7, 7, 7), 0.7).status).toBe('embedded');
  });

  it('says too few cycles when there are fewer than needed, even if all are good', () => {
    const v = embeddedVerdict(series(9, 10), 0.8);
    expect(v.status).toBe('too-few-cycles');
    expect(v.reason).toBe('Too few cycles: 2 cycles closed; 3 in a row at or above the 80% target are needed.');
    expect(embeddedVerdict([], 0.8).status).toBe('too-few-cycles');
  });

  it('is not embedded when a cycle slips back after three good ones, and names the slip', () => {
    const v = embeddedVerdict(series(5, 8, 9, 8, 6), 0.8);
    expect(v.status).toBe('not-embedded');
    expect(ids(v)).toEqual([2, 3, 4]);
    expect(v.slippedAt?.id).toBe(5);
    expect(v.reason).toContain('but the cycle for 2026-05-01 to 2026-05-28 slipped back to 60%');
  });

  it('counts only the run since the slip', () => {
    const v = embeddedVerdict(series(8, 9, 8, 6, 9, 9), 0.8);
    expect(v.status).toBe('not-embedded');
    expect(v.slippedAt?.id).toBe(4);
    expect(v.reason).toContain('Since then 2 cycles in a row at or above target; 3 are needed.');
    expect(embeddedVerdict(series(8, 9, 8, 6, 9, 9, 8), 0.8).status).toBe('embedded');
  });

  it('is not embedded yet when the good run is still short, or the latest cycle is below target', () => {
    expect(embeddedVerdict(series(5, 6, 8, 9), 0.8).reason).toBe('Not embedded yet: the last 2 cycles reached the 80% target; 3 in a row are needed.');
    expect(embeddedVerdict(series(5, 6, 7), 0.8).reason).toBe('Not embedded: the latest cycle (2026-03-01 to 2026-03-28) scored 70%, below the 80% target.');
  });

  it('takes the number of cycles in a row as a setting', () => {
    expect(embeddedVerdict(series(5, 9, 9), 0.8, 2).status).toBe('embedded');
    expect(embeddedVerdict(series(9, 9, 9), 0.8, 4).status).toBe('too-few-cycles');
  });
});
