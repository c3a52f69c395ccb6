import { describe, expect, it } from 'vitest';
import { idleExpired, idleWords } from './idle';

const MIN = 60_000;

describe('locking by itself after a time without use', () => {
  it('locks once the minutes have passed since the last use, not a moment before', () => {
    expect(idleExpired(0, 15 * MIN - 1, 15)).toBe(false);
    expect(idleExpired(0, 15 * MIN, 15)).toBe(true);
  });

  it('never locks by itself when set to 0, and does not lock a key whose last use is unknown', () => {
    expect(idleExpired(0, 1e12, 0)).toBe(false);
    expect(idleExpired(undefined, 1e12, 15)).toBe(false);
  });

  it('says the choice in words', () => {
    expect(idleWords(15)).toBe('after 15 minutes without use');
    expect(idleWords(0)).toMatch(/^never by itself/);
  });
});
