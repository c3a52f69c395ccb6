// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { innerRootOf, queryAllDeep, queryFirstDeep, splitHops } from './deep-query';
import { load } from './test-pages';

describe('splitHops', () => {
  it('splits at >>> and trims', () => {
    expect(splitHops('iframe#notes >>> dl.notes > div')).toEqual(['iframe#notes', 'dl.notes > div']);
    expect(splitHops('a>>>b >>> c')).toEqual(['a', 'b', 'c']);
    expect(splitHops('.x')).toEqual(['.x']);
  });

  it('does not split inside quotes, brackets or parentheses', () => {
    expect(splitHops('[data-x=">>>"] >>> p')).toEqual(['[data-x=">>>"]', 'p']);
    expect(splitHops(":not([title='a >>> b'])")).toEqual([":not([title='a >>> b'])"]);
  });

  it('returns null for unbalanced input', () => {
    expect(splitHops('a[b')).toBeNull();
    expect(splitHops('a)')).toBeNull();
    expect(splitHops('"open')).toBeNull();
  });
});

describe('queryAllDeep / queryFirstDeep', () => {
  it('behaves like querySelectorAll without hops', () => {
    load('<ul><li class="a">1</li><li>2</li><li class="a">3</li></ul>');
    expect(queryAllDeep(document, 'li.a').map((e) => e.textContent)).toEqual(['1', '3']);
    expect(queryFirstDeep(document, 'li')?.textContent).toBe('1');
    expect(queryFirstDeep(document, 'table')).toBeNull();
  });

  it('descends into open shadow roots and same-origin frames, in order, without duplicates', () => {
    load('<x-a></x-a><x-a></x-a><iframe id="f" srcdoc="<p class=in>f</p>"></iframe>');
    document.querySelectorAll('x-a').forEach((host, i) => {
      host.attachShadow({ mode: 'open' }).innerHTML = `<p class="in">s${i}</p>`;
    });
    expect(queryAllDeep(document, 'x-a >>> .in').map((e) => e.textContent)).toEqual(['s0', 's1']);
    expect(queryAllDeep(document, '#f >>> p.in').map((e) => e.textContent)).toEqual(['f']);
    expect(queryAllDeep(document, 'x-a, #f >>> .in').map((e) => e.textContent)).toEqual(['s0', 's1', 'f']);
    expect(queryAllDeep(document, 'p >>> .in')).toEqual([]);
  });

  it('treats a lone :scope segment as the starting element', () => {
    load('<note-card></note-card>');
    const card = document.querySelector('note-card')!;
    card.attachShadow({ mode: 'open' }).innerHTML = '<b class="who">Jo</b>';
    expect(queryFirstDeep(card, ':scope')).toBe(card);
    expect(queryFirstDeep(card, ':scope >>> .who')?.textContent).toBe('Jo');
  });

  it('returns [] for invalid selectors instead of throwing', () => {
    load('<p>x</p>');
    for (const bad of ['', '>>>', 'p >>>', '>>> p', 'p[[', '((', '#', 'p >>> >>> p', '\\', '"', 'p:nope(']) {
      expect(queryAllDeep(document, bad)).toEqual([]);
      expect(queryFirstDeep(document, bad)).toBeNull();
    }
    expect(queryAllDeep(document, undefined as unknown as string)).toEqual([]);
  });

  it('innerRootOf: shadow root, frame document, or nothing', () => {
    load('<div id="h"></div><iframe srcdoc="<i>x</i>"></iframe><span></span>');
    const sr = document.getElementById('h')!.attachShadow({ mode: 'open' });
    expect(innerRootOf(document.getElementById('h')!)).toBe(sr);
    expect(innerRootOf(document.querySelector('iframe')!)).toBe(document.querySelector('iframe')!.contentDocument);
    expect(innerRootOf(document.querySelector('span')!)).toBeNull();
  });
});
