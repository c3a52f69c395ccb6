/**
 * For one field, the element each record would get from `record.querySelector(selector)` (its
 * first matching descendant), found with one query per document instead of one per record: a
 * page of 2,000 notes with 10 fields is 10 queries, not 20,000. Fallback selectors keep their
 * order per record. Undefined when a selector cannot be answered this way (`:scope`, `>>>`).
 */
export function columnIndex(roots: readonly Element[], selectors: readonly string[]): Map<Element, Element> | undefined {
  if (selectors.some((s) => s === ':scope' || s.includes('>>>'))) return undefined;
  const byTree = new Map<Node, Set<Element>>();
  for (const root of roots) {
    const tree = root.getRootNode();
    const set = byTree.get(tree) ?? new Set<Element>();
    set.add(root);
    byTree.set(tree, set);
  }
  // Records rarely nest; when none does, the walk up from an element can stop at its record.
  const nested = roots.some((root) => {
    const set = byTree.get(root.getRootNode())!;
    for (let a = root.parentElement; a; a = a.parentElement) if (set.has(a)) return true;
    return false;
  });
  const found = new Map<Element, Element>();
  for (const selector of selectors) {
    const firstForSelector = new Map<Element, Element>();
    for (const [tree, rootSet] of byTree) {
      const all = (tree as ParentNode).querySelectorAll?.(selector);
      if (!all) return undefined;
      for (let i = 0; i < all.length; i++) {
        const el = all[i]!;
        // Every record this element sits inside (records may nest) gets it, if it has none yet.
        for (let a = el.parentElement; a; a = a.parentElement) {
          if (!rootSet.has(a)) continue;
          if (!firstForSelector.has(a)) firstForSelector.set(a, el);
          if (!nested) break;
        }
      }
    }
    for (const [root, el] of firstForSelector) if (!found.has(root)) found.set(root, el);
  }
  return found;
}
