import { innerRootOf, isElement } from './deep-query';

/**
 * Finds how an element is reached from an outer tree through `>>>` hops: the chain of iframe
 * elements and open-shadow-root hosts in between, outermost first.
 *
 * Walks up with `getRootNode()`: a ShadowRoot leads to its `host`, a Document to the frame element
 * that shows it. `frameElement` is the direct way, but it is null in happy-dom and can be
 * unavailable for some frames, so we also index the frames under a search root once per call.
 */
export function hostChain(
  el: Element,
  reached: (node: Element) => boolean,
  frameOf: (doc: Document) => Element | null,
): Element[] | null {
  const hosts: Element[] = [];
  let node = el;
  for (let guard = 0; guard < 64; guard++) {
    if (reached(node)) return hosts.reverse();
    const root = node.getRootNode();
    let host: Element | null = null;
    if (isShadowRoot(root)) host = root.host.shadowRoot === root ? root.host : null;
    else if (root.nodeType === 9) host = frameOf(root as Document);
    if (!host) return null;
    hosts.push(host);
    node = host;
  }
  return null;
}

/** A function finding the frame element that shows a document, searching under `searchRoot`. */
export function frameFinder(searchRoot: ParentNode): (doc: Document) => Element | null {
  let index: Map<Node, Element> | undefined;
  return (doc) => {
    try {
      const direct = doc.defaultView?.frameElement;
      if (direct && innerRootOf(direct) === doc) return direct;
    } catch {
      // Cross-origin access throws: fall through to the index, which will not have it either.
    }
    index ??= indexFrames(searchRoot);
    return index.get(doc) ?? null;
  };
}

/** Every frame document reachable from `root` (through shadow roots and frames), to its frame. */
function indexFrames(root: ParentNode): Map<Node, Element> {
  const index = new Map<Node, Element>();
  const stack: ParentNode[] = [root];
  const seen = new Set<ParentNode>();
  while (stack.length) {
    const r = stack.pop()!;
    if (seen.has(r)) continue;
    seen.add(r);
    for (const el of Array.from(r.querySelectorAll('*'))) {
      const inner = innerRootOf(el);
      if (!inner) continue;
      if (!el.shadowRoot) index.set(inner as Node, el);
      stack.push(inner);
    }
  }
  return index;
}

export function isShadowRoot(n: Node): n is ShadowRoot {
  return n.nodeType === 11 && isElement((n as ShadowRoot).host);
}

/** The tree an element lives in (document or shadow root) when it is connected to one. */
export function treeOf(el: Element): ParentNode | null {
  const root = el.getRootNode();
  return root.nodeType === 9 || isShadowRoot(root) ? (root as ParentNode) : null;
}
