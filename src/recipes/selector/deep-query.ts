/**
 * Evaluates recipe selectors that may contain ` >>> ` hops: `iframe#notes >>> dl.notes > div`
 * matches `iframe#notes` in the page, then `dl.notes > div` inside its document; a hop from an
 * element with an open shadow root descends into that shadow root instead. Plain
 * `querySelectorAll` cannot see into either, and care systems do embed notes in both.
 *
 * A segment that is exactly `:scope` stands for the element the query starts from (the record
 * itself), as in the extractor's field reader, so `:scope >>> .author` reads inside the record's
 * own shadow root. Nothing here throws: an invalid selector matches nothing.
 */

/**
 * Splits a selector at `>>>` outside quotes, brackets and parentheses; null when the selector is
 * unbalanced (it cannot be valid CSS then). Segments are trimmed.
 */
export function splitHops(selector: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '\\') i++;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      if (--depth < 0) return null;
    } else if (depth === 0 && selector.startsWith('>>>', i)) {
      out.push(selector.slice(start, i).trim());
      start = i + 3;
      i += 2;
    }
  }
  if (quote || depth !== 0) return null;
  out.push(selector.slice(start).trim());
  return out;
}

/** Evaluates a selector with `>>>` hops from `root`; invalid selectors return []. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  try {
    const segments = segmentsOf(selector);
    if (!segments) return [];
    const last = segments.pop()!;
    const found = new Set<Element>();
    for (const r of hop(root, segments)) for (const el of select(r, last)) found.add(el);
    return [...found];
  } catch {
    return [];
  }
}

/**
 * First match of a selector with `>>>` hops, or null (also for invalid selectors). Stops at the
 * first tree that has a match, so reading one field of one record stays a single `querySelector`.
 */
export function queryFirstDeep(root: ParentNode, selector: string): Element | null {
  try {
    const segments = segmentsOf(selector);
    if (!segments) return null;
    const last = segments.pop()!;
    for (const r of hop(root, segments)) {
      const el = last === ':scope' && isElement(r) ? r : r.querySelector(last);
      if (el) return el;
    }
    return null;
  } catch {
    return null;
  }
}

function segmentsOf(selector: string): string[] | null {
  const segments = typeof selector === 'string' ? splitHops(selector) : null;
  return segments && segments.every(Boolean) ? segments : null;
}

/** The trees reached from `root` through every hop segment, in document order. */
function hop(root: ParentNode, segments: readonly string[]): ParentNode[] {
  let roots: ParentNode[] = [root];
  for (const segment of segments) {
    const hosts = unique(roots.flatMap((r) => select(r, segment)));
    roots = unique(hosts.map(innerRootOf).filter(isPresent));
  }
  return roots;
}

/** The tree a `>>>` hop enters from `el`: its open shadow root, or a same-origin frame's document. */
export function innerRootOf(el: Element): ParentNode | null {
  try {
    if (el.shadowRoot) return el.shadowRoot;
    if (el.localName === 'iframe' || el.localName === 'frame') {
      return (el as unknown as { contentDocument?: Document | null }).contentDocument ?? null;
    }
  } catch {
    // A cross-origin frame throws on access in some engines: it is simply not reachable.
  }
  return null;
}

function select(root: ParentNode, segment: string): Element[] {
  if (segment === ':scope' && isElement(root)) return [root];
  return Array.from(root.querySelectorAll(segment));
}

export const isElement = (n: unknown): n is Element =>
  typeof n === 'object' && n !== null && (n as Node).nodeType === 1;

const isPresent = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
