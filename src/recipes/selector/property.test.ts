// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldSelector, queryAllDeep, queryFirstDeep, recordSelector } from './generate';

/**
 * Property-based checks on random pages: whatever the markup, the generator never throws, never
 * proposes a selector that misses a positive or hits a negative, and a field selector always leads
 * back to the clicked field. Trees mix stable and generated-looking names, odd attribute values and
 * open shadow roots, because real care systems have all of them.
 */

interface Spec {
  tag: string;
  classes: string[];
  id: string | null;
  data: [string, string] | null;
  shadow: boolean;
  children: Spec[];
}

const TAGS = ['div', 'span', 'ul', 'li', 'p', 'section', 'article', 'a', 'dl', 'dt', 'dd', 'time'];
const CLASSES = ['note', 'row', 'card', 'author', 'css-1a2b3c', 'sc-bdVaJa', 'kQkWJr', 'is-open', 'card--urgent', 'ember123', 'wl-person__name'];
const IDS = ['main', 'notes', 'note-12345', 'a b', 'x"y', '1x', 'dup'];
const DATA = ['data-entry', 'data-testid', 'data-kind', 'data-v-7ba5bd90'];

const leaf: fc.Arbitrary<Spec> = fc.record({
  tag: fc.constantFrom(...TAGS),
  classes: fc.subarray(CLASSES, { maxLength: 3 }),
  id: fc.option(fc.constantFrom(...IDS), { freq: 4 }),
  data: fc.option(fc.tuple(fc.constantFrom(...DATA), fc.string({ maxLength: 6 })), { freq: 2 }),
  shadow: fc.constant(false),
  children: fc.constant([] as Spec[]),
});

const tree = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'tree' },
    leaf,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      classes: fc.subarray(CLASSES, { maxLength: 3 }),
      id: fc.option(fc.constantFrom(...IDS), { freq: 4 }),
      data: fc.option(fc.tuple(fc.constantFrom(...DATA), fc.string({ maxLength: 6 })), { freq: 2 }),
      shadow: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
      children: fc.array(tie('node'), { maxLength: 6, depthIdentifier: 'tree' }),
    }),
  ),
})).node;

/** Builds the tree under <body>; returns every element in creation order (shadow content too). */
function build(spec: Spec): Element[] {
  document.body.innerHTML = '';
  const out: Element[] = [];
  const add = (s: Spec, parent: ParentNode & Node): void => {
    if (out.length >= 300) return;
    const el = document.createElement(s.tag);
    if (s.classes.length) el.setAttribute('class', s.classes.join(' '));
    if (s.id !== null) el.setAttribute('id', s.id);
    if (s.data) el.setAttribute(s.data[0], s.data[1]);
    parent.appendChild(el);
    out.push(el);
    const inner = s.shadow ? el.attachShadow({ mode: 'open' }) : el;
    for (const c of s.children) add(c, inner);
  };
  add(spec, document.body);
  return out;
}

const pick = (els: Element[], idx: number[]): Element[] => idx.map((i) => els[i % els.length]!);

/** Elements inside `record` reachable through its light DOM and open shadow roots. */
function within(record: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode): void => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (record.shadowRoot) walk(record.shadowRoot);
  walk(record);
  return out;
}

const RUNS = { numRuns: 200 };

describe('selector generator properties', () => {
  it('recordSelector never throws, and a returned selector keeps every positive and no negative', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), (spec, p, n) => {
        const els = build(spec);
        const positives = pick(els, p);
        const negatives = pick(els, n).filter((e) => !positives.includes(e));
        const selector = recordSelector(document, positives, negatives);
        if (selector === undefined) return;
        const found = new Set(queryAllDeep(document, selector));
        expect(positives.every((e) => found.has(e))).toBe(true);
        expect(negatives.some((e) => found.has(e))).toBe(false);
      }),
      RUNS,
    );
  });

  it('fieldSelector never throws, and a returned selector finds the field inside the record', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(), fc.array(fc.nat(), { maxLength: 4 }), (spec, r, f, o) => {
        const els = build(spec);
        const record = els[r % els.length]!;
        const inside = within(record);
        const field = inside.length ? inside[f % inside.length]! : record;
        const selector = fieldSelector(record, field, pick(els, o));
        const lightDescendant = field === record || (record.contains(field) && field.getRootNode() === record.getRootNode());
        if (lightDescendant) expect(selector).toBeTypeOf('string');
        if (selector === undefined) return;
        expect(queryFirstDeep(record, selector)).toBe(field);
      }),
      RUNS,
    );
  });

  it('fieldSelector on a field outside the record returns undefined or never throws', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(), (spec, r, f) => {
        const els = build(spec);
        const record = els[r % els.length]!;
        const field = els[f % els.length]!;
        const selector = fieldSelector(record, field, els);
        if (selector !== undefined) expect(queryFirstDeep(record, selector)).toBe(field);
      }),
      RUNS,
    );
  });

  it('queryAllDeep never throws on garbage selectors', () => {
    const unit = fc.constantFrom('a', 'div', '.', '#', '[', ']', '(', ')', '>', '>>>', ' ', ':', 'not', 'nth-child', '"', "'", '\\', '*', ',', '+', '~', '=', '1', '-', 'scope', '|', '@');
    fc.assert(
      fc.property(tree, fc.oneof(fc.string(), fc.string({ unit, maxLength: 12 })), (spec, selector) => {
        build(spec);
        const found = queryAllDeep(document, selector);
        expect(Array.isArray(found)).toBe(true);
        expect(queryFirstDeep(document.body, selector) ?? null).toBe(queryAllDeep(document.body, selector)[0] ?? null);
      }),
      RUNS,
    );
  });
});
