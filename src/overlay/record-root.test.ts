// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recordRootOf, widerRoot } from './record-root';

const html = (s: string) => {
  document.body.innerHTML = s;
  return (sel: string) => document.querySelector(sel)!;
};

describe('the record a click belongs to', () => {
  it('climbs from a cell to its table row', () => {
    const q = html(`<table><tbody>${'<tr class="r"><td class="a">1</td><td class="t">x</td></tr>'.repeat(4)}</tbody></table>`);
    expect(recordRootOf(q('td.t'))).toBe(q('tr.r'));
  });

  it('climbs from a definition inside an entry to the entry, not to its sibling definitions', () => {
    const q = html(`<dl>${'<div class="entry"><dt>t</dt><dd class="what">w</dd><dd class="who">a</dd><dd class="entered">e</dd></div>'.repeat(5)}</dl>`);
    expect(recordRootOf(q('dd.what'))).toBe(q('div.entry'));
  });

  it('can widen from a repeated part to the whole card', () => {
    const card = '<article class="card"><p class="para">a</p><p class="para">b</p><p class="para">c</p></article>';
    const q = html(`<section>${card.repeat(3)}</section>`);
    const narrow = recordRootOf(q('p.para'));
    expect(narrow).toBe(q('p.para'));
    expect(widerRoot(narrow)).toBe(q('article.card'));
    expect(widerRoot(q('article.card'))).toBeUndefined();
  });
});
