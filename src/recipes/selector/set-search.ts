import { candidate, enumerate, shorten, type Candidate, type EnumerateOptions, type Part } from './paths';

/**
 * The search shared by record and host selectors: find the cheapest selector whose matches, over
 * all `scopes`, are exactly `intended`. When no short candidate does, fall back to the full path
 * shortened SelectorGadget-style, then to the candidate that leaves the fewest intended elements
 * out while still matching every positive, no negative and nothing outside `bound`.
 */
export interface SetProblem extends EnumerateOptions {
  readonly scopes: readonly ParentNode[];
  readonly positives: readonly Element[];
  readonly negatives: readonly Element[];
  readonly intended: ReadonlySet<Element>;
  readonly bound: ReadonlySet<Element>;
  /** Full paths to try (and shorten) when no short candidate is exact. */
  readonly fallbacks: readonly (readonly Part[])[];
}

/** Full queries allowed per search: each one walks every scope, so they are the expensive step. */
const QUERY_BUDGET = 150;

export function searchSet(p: SetProblem): string | undefined {
  const memo = new Map<string, Set<Element> | null>();
  const query = (css: string): Set<Element> | null => {
    if (!memo.has(css)) memo.set(css, queryScopes(p.scopes, css));
    return memo.get(css) ?? null;
  };
  const sample = spread([...p.intended], 16);
  const plausible = (css: string): boolean =>
    p.positives.every((e) => matches(e, css)) &&
    !p.negatives.some((e) => matches(e, css)) &&
    sample.every((e) => matches(e, css));
  const exact = (c: Candidate): boolean => {
    if (!plausible(c.css)) return false;
    const m = query(c.css);
    return !!m && m.size === p.intended.size && [...p.intended].every((e) => m.has(e));
  };

  const candidates = enumerate(p);
  let spent = 0;
  for (const c of candidates) {
    if (spent >= QUERY_BUDGET) break;
    if (!plausible(c.css)) continue;
    if (!memo.has(c.css)) spent++;
    if (exact(c)) return c.css;
  }
  for (const full of p.fallbacks) {
    if (exact(candidate(full))) return shorten(full, exact).css;
  }
  return closest(p, candidates, query);
}

/**
 * No selector matches the intended set exactly (a rejected element shares every feature with some
 * wanted ones): keep every positive, no negative, nothing outside the bound, and leave out as few
 * intended elements as possible.
 */
function closest(
  p: SetProblem,
  candidates: readonly Candidate[],
  query: (css: string) => Set<Element> | null,
): string | undefined {
  const missing = (c: Candidate): number => {
    if (!p.positives.every((e) => matches(e, c.css)) || p.negatives.some((e) => matches(e, c.css))) return Infinity;
    const m = query(c.css);
    if (!m || ![...m].every((e) => p.bound.has(e))) return Infinity;
    return [...p.intended].filter((e) => !m.has(e)).length;
  };
  let best: { c: Candidate; missing: number } | undefined;
  const consider = (c: Candidate): void => {
    const n = missing(c);
    if (n === Infinity) return;
    if (!best || n < best.missing || (n === best.missing && c.cost < best.c.cost)) best = { c, missing: n };
  };
  let spent = 0;
  for (const c of candidates) {
    if (spent >= QUERY_BUDGET || best?.missing === 0) break;
    spent++;
    consider(c);
  }
  for (const full of p.fallbacks) {
    const n = missing(candidate(full));
    if (n !== Infinity) consider(shorten(full, (c) => missing(c) <= n));
  }
  return best?.c.css;
}

/** All matches of `css` under every scope; null when the selector is not valid here. */
export function queryScopes(scopes: readonly ParentNode[], css: string): Set<Element> | null {
  const out = new Set<Element>();
  try {
    for (const s of scopes) for (const e of Array.from(s.querySelectorAll(css))) out.add(e);
  } catch {
    return null;
  }
  return out;
}

export function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** Up to `n` elements spread evenly over `list` (first and last included). */
export function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(list[Math.round((i * (list.length - 1)) / (n - 1))]!);
  return out;
}
