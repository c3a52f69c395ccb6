import { describe, expect, it } from 'vitest';
import { seededRandom } from '../sampling/seeded-random';
import { allocateSample } from './allocate-sample';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocateSample', () => {
  it('gives every non-empty segment one, then splits the rest by size, adding up exactly', () => {
    const allocation = allocateSample([60, 30, 10, 0], 10, seededRandom(1));
    expect(sum(allocation)).toBe(10);
    expect(allocation).toEqual([5, 3, 2, 0]);
  });

  it('never asks a segment for more records than it has', () => {
    for (let seed = 0; seed < 50; seed++) {
      const random = seededRandom(seed);
      const counts = Array.from({ length: 8 }, () => Math.floor(random() * 6));
      const size = Math.floor(random() * 30);
      const allocation = allocateSample(counts, size, random);
      expect(sum(allocation)).toBe(Math.min(size, sum(counts)));
      allocation.forEach((a, i) => expect(a).toBeLessThanOrEqual(counts[i]!));
      if (size >= counts.filter((c) => c > 0).length) counts.forEach((c, i) => c > 0 && expect(allocation[i]).toBeGreaterThanOrEqual(1));
    }
  });

  it('gives the largest segments one each when the sample is smaller than the segment count', () => {
    expect(allocateSample([3, 9, 1, 7], 2, seededRandom(4))).toEqual([0, 1, 0, 1]);
  });
});
