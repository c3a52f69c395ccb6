import {
  SEMANTIC_TAGS,
  isStableName,
  isStateAttribute,
  isStateClass,
  usableAttributeName,
  usableAttributeValue,
} from './names';

/**
 * One simple selector ("atom") that an element satisfies, with finder's penalty as `cost`.
 * Compounds are lists of atoms; a selector is a path of compounds. Keeping atoms as data (not
 * strings) lets the search add and drop them and still render valid CSS in a fixed order.
 */
export interface Atom {
  readonly css: string;
  readonly cost: number;
  readonly kind: AtomKind;
  /** A state or variant (`is-open`, `--urgent`, `data-open`): never part of a record's "kind". */
  readonly state: boolean;
}

/** `value` = attribute with a value that may differ per element (`[data-entry="12"]`). */
export type AtomKind = 'tag' | 'id' | 'class' | 'attr' | 'value' | 'nth' | 'not';

/** Penalties from antonmedv/finder, with semantic tags a little cheaper than `div`/`span`. */
export const COST = {
  id: 0, class: 1, attr: 2, semanticTag: 3, stateClass: 4, tag: 5, nthOfType: 10, nthChild: 50, not: 2, notIdentity: 8,
} as const;

const ORDER: Readonly<Record<AtomKind, number>> = { tag: 0, id: 1, class: 2, attr: 3, value: 3, nth: 4, not: 5 };

/** Attributes whose value names a role in the page's vocabulary (`role="row"`, `itemprop="author"`). */
const VALUE_ATTRIBUTES = new Set(['role', 'itemprop', 'name']);

/** Every stable atom `el` satisfies, cheapest first. Never reads text content. */
export function atomsOf(el: Element): Atom[] {
  const out: Atom[] = [];
  const tag = el.localName;
  if (/^[a-z][a-z0-9-]*$/.test(tag)) {
    out.push(atom(tag, SEMANTIC_TAGS.has(tag) ? COST.semanticTag : COST.tag, 'tag'));
  }
  const id = el.getAttribute('id');
  if (id && isStableName(id)) out.push(atom(`#${id}`, COST.id, 'id'));
  const seen = new Set<string>();
  for (const name of (el.getAttribute('class') ?? '').split(/\s+/)) {
    if (!name || seen.has(name) || !isStableName(name)) continue;
    seen.add(name);
    const state = isStateClass(name);
    out.push(atom(`.${name}`, state ? COST.stateClass : COST.class, 'class', state));
  }
  for (const { name, value } of Array.from(el.attributes)) {
    if (VALUE_ATTRIBUTES.has(name)) {
      if (usableAttributeValue(value)) out.push(atom(`[${name}="${value}"]`, COST.attr, 'attr'));
      continue;
    }
    if (!usableAttributeName(name)) continue;
    const state = name.startsWith('data-') && isStateAttribute(name, value);
    out.push(atom(`[${name}]`, state ? COST.stateClass : COST.attr, 'attr', state));
    if (name.startsWith('data-') && usableAttributeValue(value)) {
      out.push(atom(`[${name}="${value}"]`, state ? COST.stateClass : COST.attr, 'value', state));
    }
  }
  out.push(...positionAtoms(el));
  return out.sort(byCost);
}

/** `:nth-of-type(k)` and `:nth-child(k)`: the last resort, as in finder. */
export function positionAtoms(el: Element): Atom[] {
  let child = 1;
  let ofType = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    child++;
    if (s.localName === el.localName) ofType++;
  }
  return [
    atom(`:nth-of-type(${ofType})`, COST.nthOfType, 'nth'),
    atom(`:nth-child(${child})`, COST.nthChild, 'nth'),
  ];
}

/** `:not(x)`: excludes the elements a quality lead rejected when nothing else tells them apart. */
export function negate(a: Atom): Atom {
  const inner =
    a.css === ':nth-of-type(1)' ? ':first-of-type' : a.css === ':nth-child(1)' ? ':first-child' : a.css;
  // A rejected element's class or flag says what kind it is (a header, a variant): cheap to
  // exclude. Its id or per-record value only names that one element: dear, so it is a last resort.
  const base = a.kind === 'class' ? COST.class : a.cost;
  const identity = a.kind === 'id' || a.kind === 'value';
  return atom(`:not(${inner})`, base + (identity ? COST.notIdentity : COST.not), 'not');
}

/** Renders a compound with the tag first; an empty compound is the universal selector. */
export function compoundCss(atoms: readonly Atom[]): string {
  if (!atoms.length) return '*';
  return [...atoms].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]).map((a) => a.css).join('');
}

export const compoundCost = (atoms: readonly Atom[]): number => atoms.reduce((n, a) => n + a.cost, 0);

/** Atoms present in every list (same css), keeping the first list's order and metadata. */
export function commonAtoms(lists: readonly (readonly Atom[])[]): Atom[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const others = rest.map((l) => new Set(l.map((a) => a.css)));
  return first.filter((a) => others.every((s) => s.has(a.css)));
}

const byCost = (a: Atom, b: Atom): number => a.cost - b.cost || a.css.length - b.css.length;

function atom(css: string, cost: number, kind: AtomKind, state = false): Atom {
  return { css, cost, kind, state };
}
