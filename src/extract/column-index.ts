/**
 * For each field, the element each record would get from `record.querySelector(selector)` (its
 * first matching descendant), found with one query per document instead of one per record: a
 * page of 2,000 notes with 10 fields is 10 queries, not 20,000.
 *
 * What is learnt about the records themselves (which tree each lives in, whether any record sits
 * inside another) is the same for every field, so it is worked out once per page, not per field:
 * per field it cost more than the queries it saves (2,000 notes: 14 ms of walks for 2 ms of queries).
 */
export interface RecordColumns {
  /**
   * Per record (aligned with the roots), the element the selectors pick, fallbacks in order;
   * undefined when a selector cannot be answered this way (`:scope`, `>>>`).
   */
  column(selectors: readonly string[]): (Element | undefined)[] | undefined;
}

export function recordColumns(roots: readonly Element[]): RecordColumns {
  const indexOf = new Map<Element, number>();
  for (let i = 0; i < roots.length; i++) if (!indexOf.has(roots[i]!)) indexOf.set(roots[i]!, i);
  // Records behind `>>>` hops live in other trees (shadow roots, frame documents): each is queried.
  const trees = new Set<Node>();
  for (const root of roots) trees.add(root.getRootNode());
  // Records rarely nest; when none does, the walk up from an element can stop at its record.
  // A walk up never leaves its tree (parentElement is null at a shadow root or a document), so
  // one index serves every tree.
  const nested = roots.some((root) => {
    for (let a = root.parentElement; a; a = a.parentElement) if (indexOf.has(a)) return true;
    return false;
  });

  return {
    column(selectors) {
      if (selectors.some((s) => s === ':scope' || s.includes('>>>'))) return undefined;
      const found: (Element | undefined)[] = new Array(roots.length).fill(undefined);
      // An earlier selector, or an earlier element in document order, keeps its place: the
      // first unset slot wins, which is querySelector's rule with fallbacks tried in order.
      for (const selector of selectors) {
        for (const tree of trees) {
          const all = (tree as ParentNode).querySelectorAll?.(selector);
          if (!all) return undefined;
          for (let i = 0; i < all.length; i++) {
            const el = all[i]!;
            // Every record this element sits inside (records may nest) gets it, if it has none yet.
            for (let a = el.parentElement; a; a = a.parentElement) {
              const at = indexOf.get(a);
              if (at === undefined) continue;
              if (found[at] === undefined) found[at] = el;
              if (!nested) break;
            }
          }
        }
      }
      spreadDuplicates(roots, indexOf, found);
      return found;
    },
  };
}

/** The same element listed twice among the roots gets the same answer at every place. */
function spreadDuplicates(roots: readonly Element[], indexOf: Map<Element, number>, found: (Element | undefined)[]): void {
  if (indexOf.size === roots.length) return;
  for (let i = 0; i < roots.length; i++) found[i] ??= found[indexOf.get(roots[i]!)!];
}
