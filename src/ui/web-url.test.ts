import { describe, expect, it } from 'vitest';
import { webUrl } from './web-url';

describe('page addresses shown as links', () => {
  it('keeps http(s) addresses and drops script, data and broken ones', () => {
    expect(webUrl('https://care.example.com/r/1')).toBe('https://care.example.com/r/1');
    expect(webUrl('http://127.0.0.1:4810/harbour')).toBe('http://127.0.0.1:4810/harbour');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'not a url', '', undefined]) expect(webUrl(bad)).toBeUndefined();
  });
});
