import { queryAllDeep, queryFirstDeep, splitHops } from '../recipes/selector/deep-query';
import { firstMatch } from './fast-query';
import type { ParsedFieldSpec } from '../model/recipe';

export type FieldRead = { ok: true; value: string } | { ok: false; reason: string };

/**
 * First element the selectors find, trying fallbacks in order. `:scope` is the record itself, and
 * ` >>> ` descends into a same-origin iframe or an open shadow root.
 */
export function queryFirst(scope: ParentNode, self: Element | null, selectors: readonly string[]) {
  for (const selector of selectors) {
    const el = selector === ':scope' ? self : selector.includes('>>>') ? queryFirstDeep(scope, selector) : firstMatch(scope, selector);
    if (el) return el;
  }
  return null;
}

/** The first selector that is not valid CSS (checked hop by hop), if any. */
export function invalidSelector(selectors: readonly string[], probe: ParentNode): string | undefined {
  // Checked on an empty fragment: costs nothing however big the page, and parses with
  // querySelectorAll, the call extraction makes (some DOMs let querySelector accept what
  // querySelectorAll refuses, e.g. "{").
  const doc = (probe as Node).ownerDocument ?? (probe as Document);
  const empty = doc.createDocumentFragment();
  return selectors.find((selector) => {
    const hops = splitHops(selector);
    if (!hops || hops.some((h) => !h)) return true;
    try {
      for (const hop of hops) if (hop !== ':scope') empty.querySelectorAll(hop);
      return false;
    } catch {
      return true;
    }
  });
}

/** Every element the first matching selector finds (fallbacks are tried in order). */
export function findAll(scope: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAllDeep(scope, selector);
    if (found.length) return found;
  }
  return [];
}

export const selectorList = (s: string | readonly string[]): readonly string[] =>
  typeof s === 'string' ? [s] : s;

/**
 * Whitespace the collapse below would change: any of `\s` but the space, or two spaces. Spelt
 * out as a class because V8 scans a plain class several times faster than `[^\S ]|\s\s`.
 */
const UNTIDY_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Text as a person reads it: whitespace collapsed, never HTML. Most cells are already tidy, and
 * replacing every single space with a space rebuilt each long note for nothing.
 */
export const cleanText = (s: string | null | undefined): string => {
  const text = s ?? '';
  return (UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
};

/**
 * Reads one field of one record. Returns a reason instead of a value so the caller can keep the
 * record aside with words a quality lead understands.
 */
export function readField(record: Element, page: ParentNode, name: string, spec: ParsedFieldSpec, pattern: RegExp | undefined): FieldRead {
  const selectors = selectorList(spec.selector);
  const el = spec.scope === 'page' ? queryFirst(page, null, selectors) : queryFirst(record, record, selectors);
  return readElement(el, name, spec, pattern);
}

/** The field's value from the element its selectors found (null: none found). */
export function readElement(el: Element | null | undefined, name: string, spec: ParsedFieldSpec, pattern: RegExp | undefined): FieldRead {
  if (!el) return { ok: false, reason: `No ${name} found (looked for ${selectorList(spec.selector).join(' or ')}).` };
  const raw = cleanText(spec.attr ? el.getAttribute(spec.attr) : spec.ownText ? ownText(el) : el.textContent);
  if (!raw) return { ok: false, reason: `The ${name} is empty.` };
  if (!pattern) return { ok: true, value: raw };
  const m = pattern.exec(raw);
  const value = cleanText(m ? (m[1] ?? m[0]) : '');
  return value
    ? { ok: true, value }
    : { ok: false, reason: `The ${name} "${raw.slice(0, 40)}" does not have the expected shape.` };
}

/** The text directly inside an element, leaving out its child elements' text. */
export function ownText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) out += node.textContent ?? '';
  return out;
}
