import { describe, expect, it } from 'vitest';
import { matchesPattern, originOf } from './match-pattern';

describe('match patterns, as Chrome reads them', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1:4810/harbour/residents', true],
    ['*://*.carehome.example/*', 'https://north.carehome.example/notes?id=1', true],
    ['*://*.carehome.example/*', 'https://carehome.example/', true],
    ['*://*.carehome.example/*', 'https://evilcarehome.example/', false],
    ['https://care.example/notes/*', 'https://care.example/notes/12', true],
    ['https://care.example/notes/*', 'https://care.example/admin', false],
    ['https://care.example/*', 'http://care.example/', false],
    ['*://*/*', 'file:///etc/passwd', false],
    ['not a pattern', 'https://care.example/', false],
    ['https://care.example/*', 'not a url', false],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('gives the origin to ask access for, without the port', () => {
    expect(originOf('https://care.example:8443/notes')).toBe('https://care.example/*');
    expect(originOf('chrome://extensions')).toBeUndefined();
  });
});
