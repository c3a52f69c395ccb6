import { describe, expect, it } from 'vitest';
import { pseudonym } from './pseudonym';

describe('pseudonym', () => {
  it('is stable for a resident, different between residents, and never contains the name or id', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `harbour-demo|id:R${String(i + 1).padStart(3, '0')}`);
    const names = keys.map(pseudonym);
    expect(pseudonym(keys[0]!)).toBe(names[0]);
    expect(new Set(names).size).toBe(60);
    for (const [i, n] of names.entries()) {
      expect(n).toMatch(/^Resident [0-9A-Z]{4}$/);
      expect(n).not.toContain(keys[i]!.slice(-4));
    }
    expect(pseudonym('harbour-demo|name:margaret ellis')).not.toMatch(/margaret|ellis/i);
  });
});
