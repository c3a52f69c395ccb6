// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMatch } from './fast-query';

describe('fast first match', () => {
  it('finds exactly what querySelector finds, for plain and other selectors', () => {
    document.body.innerHTML = `<table class="t"><tbody>
      <tr class="note-row"><td class="col-author"><span class="author-name">A</span><em>r</em></td><td class="col-text x">one</td></tr>
      <tr class="note-row"><td class="col-author"><b class="author-name">B</b></td><td class="col-text">two</td></tr></tbody></table>
      <h1 class="resident-name" id="rn">M E</h1>`;
    const rows = document.querySelectorAll('tr');
    const selectors = ['td.col-text', '.col-author .author-name', '.col-author > span.author-name', 'em', 'td', '.missing', 'h1.resident-name', '#rn', 'td.col-text.x', '[class]', 'td:nth-of-type(2)', 'tr .author-name'];
    for (const root of [document, ...rows] as ParentNode[]) {
      for (const s of selectors) expect(firstMatch(root, s)).toBe(root.querySelector(s));
    }
  });

  it('agrees with querySelector on random selectors over the same page', () => {
    const part = fc.constantFrom('td', 'tr', 'span', 'em', 'b', '.col-text', '.author-name', '.col-author', 'td.col-text', '#rn', '.x');
    const combinator = fc.constantFrom(' ', ' > ', ' + ', ' ~ '); // sibling combinators take the slow path
    fc.assert(
      fc.property(part, fc.array(fc.tuple(combinator, part), { maxLength: 2 }), (head, tail) => {
        const selector = head + tail.map(([c, p]) => c + p).join('');
        for (const root of [document, ...document.querySelectorAll('tr')] as ParentNode[]) {
          expect(firstMatch(root, selector)).toBe(root.querySelector(selector));
        }
      }),
      { numRuns: 200 },
    );
  });
});
