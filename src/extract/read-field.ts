import type { ParsedFieldSpec } from '../model/recipe';

export type FieldRead = { ok: true; value: string } | { ok: false; reason: string };

/** Query that also accepts `:scope` as "the record element itself". */
export function queryFirst(scope: ParentNode, self: Element | null, selectors: readonly string[]) {
  for (const selector of selectors) {
    const el = selector === ':scope' ? self : scope.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Every element the first matching selector finds (fallbacks are tried in order). */
export function findAll(scope: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = Array.from(scope.querySelectorAll(selector));
    if (found.length) return found;
  }
  return [];
}

export const selectorList = (s: string | readonly string[]): readonly string[] =>
  typeof s === 'string' ? [s] : s;

/** Text as a person reads it: whitespace collapsed, never HTML. */
export const cleanText = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads one field of one record. Returns a reason instead of a value so the caller can keep the
 * record aside with words a quality lead understands.
 */
export function readField(
  record: Element,
  page: ParentNode,
  name: string,
  spec: ParsedFieldSpec,
  pattern: RegExp | undefined,
): FieldRead {
  const selectors = selectorList(spec.selector);
  const el =
    spec.scope === 'page' ? queryFirst(page, null, selectors) : queryFirst(record, record, selectors);
  if (!el) return { ok: false, reason: `No ${name} found (looked for ${selectors.join(' or ')}).` };
  const raw = cleanText(spec.attr ? el.getAttribute(spec.attr) : el.textContent);
  if (!raw) return { ok: false, reason: `The ${name} is empty.` };
  if (!pattern) return { ok: true, value: raw };
  const m = pattern.exec(raw);
  const value = cleanText(m ? (m[1] ?? m[0]) : '');
  return value
    ? { ok: true, value }
    : { ok: false, reason: `The ${name} "${raw.slice(0, 40)}" does not have the expected shape.` };
}
