import { innerRootOf, queryAllDeep, unique } from './deep-query';
import { exactSelector, generalSelector } from './general';
import { queryScopes } from './set-search';
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
 * Positives inside frames or open shadow roots get one `>>>` hop per boundary. A frame is named
 * exactly (it is usually one element); shadow hosts generalise like records, since web-component
 * apps often give every note its own shadow tree. All positives must sit behind the same number
 * of hops. Never throws: any failure is `undefined`.
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

    // Shadow hosts generalise like records (one `<note-card>` per note, each with its own shadow
    // tree); frames are named exactly. If generalising the hosts fails, name them exactly too.
    const shadowHosts = chains.some((c) => c!.some((h) => !isFrame(h)));
    const rejectedChains = rejected
      .map((n) => hostChain(n, (x) => x.getRootNode() === top, frameOf))
      .filter((c): c is Element[] => c?.length === depth);
    const paths = { positives: chains as Element[][], negatives: rejectedChains };
    for (const generalHosts of shadowHosts ? [true, false] : [false]) {
      const selector = throughHosts(top, paths, wanted, rejected, generalHosts);
      if (selector && separates(top, selector, wanted, rejected)) return selector;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** One `>>>` segment per host level, then the records' own selector inside the reached trees. */
function throughHosts(
  top: Document,
  chains: { positives: readonly Element[][]; negatives: readonly Element[][] },
  positives: readonly Element[],
  negatives: readonly Element[],
  generalHosts: boolean,
): string | undefined {
  const segments: string[] = [];
  let scopes: ParentNode[] = [top];
  for (let hop = 0; hop < (chains.positives[0]?.length ?? 0); hop++) {
    const hosts = unique(chains.positives.map((c) => c[hop]!));
    // A host that holds only rejected records is rejected as a whole.
    const rejectedHosts = unique(chains.negatives.map((c) => c[hop]!)).filter((h) => !hosts.includes(h));
    const css =
      generalHosts && !hosts.some(isFrame)
        ? generalSelector(scopes, hosts, rejectedHosts.filter((h) => scopes.includes(treeRoot(h))))
        : exactSelector(scopes, hosts);
    if (!css) return undefined;
    segments.push(css);
    const reached = [...(queryScopes(scopes, css) ?? [])].map(innerRootOf);
    scopes = unique(reached.filter((r): r is ParentNode => r !== null));
  }
  const inScope = negatives.filter((n) => scopes.includes(treeRoot(n)));
  const css = generalSelector(scopes, positives, inScope);
  return css === undefined ? undefined : [...segments, css].join(' >>> ');
}

const isFrame = (el: Element): boolean => el.localName === 'iframe' || el.localName === 'frame';

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
