import { describe, expect, it } from 'vitest';
import { codesOf, newPseudonymSecret, pseudonyms } from './pseudonym';

const keys = Array.from({ length: 60 }, (_, i) => `harbour-demo|id:R${String(i + 1).padStart(3, '0')}`);
const secret = new Uint8Array(32).fill(7);

describe('pseudonyms', () => {
  it('are stable for a person on one install, different between people, and never contain the name or id', async () => {
    const codes = await pseudonyms(keys, secret);
    expect((await pseudonyms([keys[0]!], secret)).get(keys[0]!)).toBe(codes.get(keys[0]!));
    expect(new Set(codes.values()).size).toBe(60);
    for (const k of keys) {
      expect(codes.get(k)).toMatch(/^Resident [0-9A-HJKMNP-TV-Z]{6}$/);
      expect(codes.get(k)).not.toContain(k.slice(-4));
    }
    const named = await pseudonyms(['harbour-demo|name:margaret ellis'], secret);
    expect([...named.values()][0]).not.toMatch(/margaret|ellis/i);
  });

  it('cannot be recomputed without the install secret: another install gives other codes', async () => {
    const here = await pseudonyms(keys, secret);
    const there = await pseudonyms(keys, newPseudonymSecret());
    expect(keys.filter((k) => here.get(k) === there.get(k))).toEqual([]);
  });

  it('codes staff apart from residents, even for the same string', async () => {
    const [r] = (await pseudonyms(['Jo Bloggs'], secret, 'Resident')).values();
    const [s] = (await pseudonyms(['Jo Bloggs'], secret, 'Staff')).values();
    expect(s).toMatch(/^Staff /);
    expect(s!.slice(6)).not.toBe(r!.slice(9));
  });

  it('never gives two people one code in an export: a clash lengthens both codes', () => {
    // Two digests that agree on their first 30 bits (six characters) and differ after.
    const a = new Uint8Array(32).fill(0xab);
    const b = new Uint8Array(32).fill(0xab);
    b[5] = 0x00;
    const c = new Uint8Array(32).fill(0x11);
    const [ca, cb, cc] = codesOf([a, b, c]);
    expect(ca).toHaveLength(10);
    expect(cb).toHaveLength(10);
    expect(ca).not.toBe(cb);
    expect(ca!.slice(0, 6)).toBe(cb!.slice(0, 6));
    expect(cc).toHaveLength(6);
  });
});
