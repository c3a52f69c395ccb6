import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './read-field';

describe('cleanText', () => {
  it('collapses every run of whitespace to one space and trims, whatever the whitespace', () => {
    // Every character JavaScript counts as whitespace, among letters.
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const text = fc.array(fc.constantFrom(...spaces, 'a', 'b', '.', '\u200b'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(cleanText(t)).toBe(t.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
    expect(cleanText(null)).toBe('');
    expect(cleanText('  Ann   Lee\n')).toBe('Ann Lee');
  });
});
