// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordColumns } from './column-index';

const TAGS = ['div', 'span', 'p', 'em', 'b'];
const CLASSES = ['r', 'a', 'b', 'c'];
type N = { tag: string; cls: string; kids: N[] };
const tree: fc.Memo<N> = fc.memo((d) =>
  fc.record({ tag: fc.constantFrom(...TAGS), cls: fc.constantFrom(...CLASSES), kids: d > 1 ? fc.array(tree(d - 1), { maxLength: 4 }) : fc.constant([]) }),
);
const build = (n: N): Element => {
  const el = document.createElement(n.tag);
  el.className = n.cls;
  el.append(...n.kids.map(build));
  return el;
};

describe('column index', () => {
  it('gives each record exactly what record.querySelector would, including nested records and fallbacks', () => {
    const sel = fc.constantFrom('span', '.a', 'div .b', 'div > em', 'p.c', '.r .a', 'b');
    fc.assert(
      fc.property(fc.array(tree(5), { minLength: 1, maxLength: 4 }), sel, fc.option(sel), (trees, s1, s2) => {
        document.body.replaceChildren(...trees.map(build));
        const roots = Array.from(document.querySelectorAll('.r'));
        const selectors = s2 ? [s1, s2] : [s1];
        const column = recordColumns(roots).column(selectors)!;
        // The oracle is the browser's rule for element.querySelector: the first descendant, in
        // document order, that matches the selector evaluated against the whole document.
        const firstDescendant = (root: Element, s: string) => Array.from(root.querySelectorAll('*')).find((e) => e.matches(s));
        roots.forEach((root, i) => {
          const expected = selectors.map((s) => firstDescendant(root, s)).find((e) => e) ?? undefined;
          expect(column[i]).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('declines selectors it cannot answer page-wide', () => {
    expect(recordColumns([]).column([':scope'])).toBeUndefined();
    expect(recordColumns([]).column(['iframe >>> p'])).toBeUndefined();
  });
});
