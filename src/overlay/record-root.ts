/** How many siblings of one kind make "a list of records". */
const MIN_REPEATS = 3;

const signature = (el: Element) => `${el.localName}.${[...el.classList].sort().join('.')}`;

/** Does this element stand among siblings of the same kind (rows of a table, cards of a feed)? */
export function repeats(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const sig = signature(el);
  let same = 0;
  for (const sibling of Array.from(parent.children)) if (signature(sibling) === sig && ++same >= MIN_REPEATS) return true;
  return false;
}

/**
 * The record a click inside a note belongs to: the nearest ancestor (or the element itself) that
 * repeats among its siblings. A click on a note's text cell gives its table row; on a card's body,
 * the card. Falls back to the clicked element.
 */
export function recordRootOf(clicked: Element, stopAt?: Element): Element {
  for (let el: Element | null = clicked; el && el !== stopAt; el = el.parentElement) {
    if (el.localName === 'body' || el.localName === 'html') break;
    if (repeats(el)) return el;
  }
  return clicked;
}

/** One level wider: the next repeating ancestor above this record (when a note has parts). */
export function widerRoot(record: Element): Element | undefined {
  const parent = record.parentElement;
  if (!parent || parent.localName === 'body') return undefined;
  const wider = recordRootOf(parent);
  return wider === parent && !repeats(parent) ? undefined : wider;
}
