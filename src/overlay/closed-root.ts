/**
 * Our overlays' shadow roots, kept where only the content script can reach them.
 *
 * The roots are attached `closed`, so `host.shadowRoot` is null for the care-system page: a page
 * script cannot read a note's score or reasons out of the marks, nor find our buttons to click.
 * The WeakMap lives in the content script's isolated world (unit tests import it); the page's
 * JavaScript has no path to it.
 */
const roots = new WeakMap<Element, ShadowRoot>();

export function attachClosedRoot(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** The closed root we attached to `host`, for our own code and tests; undefined for any other element. */
export function ourShadowRoot(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}
