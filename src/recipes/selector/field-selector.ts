import { atomsOf, positionAtoms } from './atoms';
import { innerRootOf, isElement, queryFirstDeep, unique } from './deep-query';
import { frameFinder, hostChain } from './hops';
import { candidate, compounds, enumerate, shorten, type Candidate, type Part } from './paths';
import { spread } from './set-search';

/**
 * Selector relative to a record root that finds `field` inside `record` (never crossing out of the
 * record); prefers selectors that also find exactly one element in each of `otherRecords` (so it
 * generalises). ':scope' when field === record.
 *
 * The extractor runs `record.querySelector(selector)`, so the hard rule is "the first match inside
 * this record is the clicked field". A selector whose ancestors could match above the record
 * (`article .name` run from the article) would quietly depend on the page around the record, so
 * every accepted selector must find the same elements with and without a leading `:scope`.
 * A field inside a shadow root or frame within the record gets `>>>` hops, like record selectors.
 */
export function fieldSelector(
  record: Element,
  field: Element,
  otherRecords: readonly Element[] = [],
): string | undefined {
  try {
    if (field === record) return ':scope';
    const inRecord = (n: Element): boolean =>
      n === record || (n.getRootNode() === record.getRootNode() && record.contains(n));
    const chain = hostChain(field, inRecord, frameFinder(record));
    if (!chain) return undefined;
    let scope: ParentNode = record;
    let self: Element | null = record;
    let others: ParentNode[] = spread(unique(otherRecords.filter((o) => o !== record)), 24);
    const segments: string[] = [];
    for (const target of [...chain, field]) {
      const css = target === self ? ':scope' : relativeSelector(scope, self, target, others);
      if (!css) return undefined;
      segments.push(css);
      if (target === field) break;
      const inner = innerRootOf(target);
      if (!inner) return undefined;
      others = others
        .map((o) => (css === ':scope' ? o : firstMatch(o, css)))
        .map((o) => (isElement(o) ? innerRootOf(o) : null))
        .filter((o): o is ParentNode => o !== null);
      scope = inner;
      self = null;
    }
    const selector = segments.join(' >>> ');
    return queryFirstDeep(record, selector) === field ? selector : undefined;
  } catch {
    return undefined;
  }
}

/** Candidates evaluated per field: each costs a few queries on one record and its siblings. */
const FIELD_BUDGET = 400;

/**
 * Cheapest selector, evaluated from `scope`, whose first match is `target`, ranked first by how
 * many of the scopes (this one and `others`) it finds exactly one element in, then by cost.
 * `self` is the record element when `scope` is one (then `:scope >` may anchor the path).
 */
function relativeSelector(
  scope: ParentNode,
  self: Element | null,
  target: Element,
  others: readonly ParentNode[],
): string | undefined {
  const chain: Element[] = [];
  let e: Element | null = target;
  for (; e && e !== self && chain.length < 64; e = e.parentElement) chain.push(e);
  if (self && e !== self) return undefined;
  const levels = chain.map(atomsOf);
  const misses = (c: Candidate): number | undefined => {
    const here = all(scope, self, c.css);
    if (!here || here[0] !== target) return undefined;
    let n = here.length === 1 ? 0 : 1;
    for (const o of others) {
      const there = all(o, isElement(o) ? o : null, c.css);
      if (!there || there.length !== 1) n++;
    }
    return n;
  };
  let best: { css: string; misses: number; cost: number } | undefined;
  const consider = (c: Candidate): void => {
    const m = misses(c);
    if (m === undefined) return;
    if (!best || m < best.misses || (m === best.misses && c.cost < best.cost)) {
      best = { css: c.css, misses: m, cost: c.cost };
    }
  };
  const enumerated = enumerate({
    targets: compounds(levels[0] ?? []),
    levels,
    anchorLevel: self ? chain.length : undefined,
  });
  for (const c of enumerated.slice(0, FIELD_BUDGET)) {
    consider(c);
    if (best?.misses === 0) return best.css;
  }
  const positional: Part[] = chain
    .map((el, level): Part => ({ level, atoms: positionAtoms(el).slice(1), child: true }))
    .reverse();
  if (self) positional.unshift({ level: chain.length, atoms: [], child: true, anchor: true });
  const fullMisses = misses(candidate(positional));
  if (fullMisses !== undefined) {
    consider(shorten(positional, (c) => (misses(c) ?? Infinity) <= fullMisses));
  }
  return best?.css;
}

/**
 * Matches of `css` under `scope`; undefined when invalid or when, from a record element, the
 * plain selector and the `:scope`-prefixed one disagree (it would depend on the record's ancestors).
 */
function all(scope: ParentNode, self: Element | null, css: string): Element[] | undefined {
  try {
    const plain = Array.from(scope.querySelectorAll(css));
    if (!self || css.startsWith(':scope')) return plain;
    const scoped = Array.from(self.querySelectorAll(`:scope ${css}`));
    return scoped.length === plain.length && scoped.every((x, i) => x === plain[i]) ? plain : undefined;
  } catch {
    return undefined;
  }
}

function firstMatch(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}
