import { describe, expect, it } from 'vitest';
import { pickSample } from './pick-sample';
import { newSeed, seededRandom } from './seeded-random';

const keys = Array.from({ length: 50 }, (_, i) => `note-${i}`);

describe('pickSample', () => {
  it('gives the same notes for the same seed, so a stored seed reproduces the draw', () => {
    expect(pickSample(keys, 5, 1234)).toEqual(pickSample(keys, 5, 1234));
    expect(pickSample(keys, 5, 1234)).not.toEqual(pickSample(keys, 5, 1235));
  });

  it('picks distinct notes in page order, never more than the page has', () => {
    const picked = pickSample(keys, 10, 99);
    expect(new Set(picked).size).toBe(10);
    expect(picked).toEqual([...picked].sort((a, b) => keys.indexOf(a) - keys.indexOf(b)));
    expect(pickSample(keys.slice(0, 3), 10, 99)).toEqual(keys.slice(0, 3));
    expect(pickSample(['a', 'a', 'b'], 5, 1)).toEqual(['a', 'b']);
    expect(pickSample([], 5, 1)).toEqual([]);
  });

  it('gives every note the same chance of being picked', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let seed = 0; seed < draws; seed++) {
      for (const k of pickSample(keys.slice(0, 20), 5, seed * 7919 + 13)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Expected 4000 × 5/20 = 1000 each; a biased draw (e.g. always the first notes) lands far outside.
    for (const k of keys.slice(0, 20)) expect(Math.abs((counts.get(k) ?? 0) - 1000)).toBeLessThan(150);
  });
});

describe('seededRandom', () => {
  it('stays in [0, 1) and is reproducible', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('takes a new seed from the cryptographic generator', () => {
    expect(newSeed((arr) => arr.fill(7))).toBe(7);
    expect(Number.isInteger(newSeed())).toBe(true);
  });
});
