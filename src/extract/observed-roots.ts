import { innerRootOf, queryAllDeep, splitHops } from '../recipes/selector/deep-query';

/**
 * The trees a change of records can happen in: the page, plus every open shadow root and
 * same-origin frame document a recipe's `>>>` hops pass through. A MutationObserver on the page
 * alone never sees a feed that grows inside a shadow root or an iframe.
 */
export function observedRoots(page: Document, rootSelectors: readonly string[]): Node[] {
  const roots = new Set<Node>([page]);
  for (const selector of rootSelectors) {
    const hops = splitHops(selector);
    if (!hops || hops.length < 2) continue;
    for (let i = 1; i < hops.length; i++) {
      for (const host of queryAllDeep(page, hops.slice(0, i).join(' >>> '))) {
        const inner = innerRootOf(host);
        if (inner) roots.add(inner as unknown as Node);
      }
    }
  }
  return [...roots];
}
