import { innerRootOf, queryAllDeep, unique } from './deep-query';
import { exactSelector, generalSelector } from './general';
import { frameFinder, hostChain, isShadowRoot } from './hops';

export { fieldSelector } from './field-selector';
export { queryAllDeep, queryFirstDeep } from './deep-query';
export { looksGenerated } from './names';

/**
 * Selector (possibly with `>>>` hops) that, evaluated from `top` (the top document), matches every
 * element in `positives` and none in `negatives`, preferring stable, short, general selectors.
 * Returns undefined when no selector can separate them.
 *
 * This is the recipe builder's "click one note, see all notes" step: one positive proposes every
 * element of the same kind; a rejected element (negative) narrows it; a missed one (another
 * positive) widens it. Rules and examples: docs/selector-rules.md.
 *
 * Positives inside frames or open shadow roots get one `>>>` hop per boundary; the iframe or host
 * is named exactly (it is usually one element), the records inside generalise. All positives must
 * sit behind the same number of hops. Never throws: any failure is `undefined`.
 */
export function recordSelector(
  top: Document,
  positives: readonly Element[],
  negatives: readonly Element[] = [],
): string | undefined {
  try {
    const wanted = unique(positives);
    const rejected = unique(negatives);
    if (!wanted.length || rejected.some((n) => wanted.includes(n))) return undefined;
    const frameOf = frameFinder(top);
    const chains = wanted.map((p) => hostChain(p, (n) => n.getRootNode() === top, frameOf));
    const depth = chains[0]?.length;
    if (depth === undefined || chains.some((c) => !c || c.length !== depth)) return undefined;

    const segments: string[] = [];
    let scopes: ParentNode[] = [top];
    for (let hop = 0; hop < depth; hop++) {
      const hosts = unique(chains.map((c) => c![hop]!));
      const css = exactSelector(scopes, hosts);
      if (!css) return undefined;
      segments.push(css);
      scopes = unique(hosts.map(innerRootOf).filter((r): r is ParentNode => r !== null));
    }
    const inScope = rejected.filter((n) => scopes.includes(treeRoot(n)));
    const css = generalSelector(scopes, wanted, inScope);
    if (!css) return undefined;
    segments.push(css);
    const selector = segments.join(' >>> ');
    return separates(top, selector, wanted, rejected) ? selector : undefined;
  } catch {
    return undefined;
  }
}

/** The final word: the selector as the extractor will run it, not as the search reasoned about it. */
function separates(
  top: Document,
  selector: string,
  positives: readonly Element[],
  negatives: readonly Element[],
): boolean {
  const found = new Set(queryAllDeep(top, selector));
  return positives.every((p) => found.has(p)) && !negatives.some((n) => found.has(n));
}

function treeRoot(el: Element): ParentNode {
  const root = el.getRootNode();
  return (root.nodeType === 9 || isShadowRoot(root) ? root : el) as ParentNode;
}
