import { innerRootOf } from '../recipes/selector/deep-query';
import { fromUser } from './user-event';

export interface PickerHandlers {
  pick(target: Element): void;
  hover(target: Element | undefined): void;
  cancel(): void;
}

/** The top document and every same-origin frame document inside it. */
function documentsOf(top: Document): Document[] {
  const docs = [top];
  for (let i = 0; i < docs.length; i++) {
    for (const frame of Array.from(docs[i]!.querySelectorAll('iframe, frame'))) {
      const inner = innerRootOf(frame);
      if (inner && (inner as Document).nodeType === 9) docs.push(inner as Document);
    }
  }
  return docs;
}

/**
 * While the user points, clicks on the page pick elements instead of following links or
 * pressing buttons; Escape stops. Listeners go on the top document and same-origin frames and
 * all come off when `stop` is called (or the signal aborts). Events a page script synthesises
 * (`isTrusted: false`) are left alone: the page cannot pick, hover or cancel for the user.
 */
export function startPicker(top: Document, isOurs: (t: EventTarget | null) => boolean, handlers: PickerHandlers, signal: AbortSignal): () => void {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop);
  const opts = { capture: true, signal: controller.signal };
  const target = (e: Event) => (e.composedPath()[0] as Element | undefined) ?? (e.target as Element);
  for (const doc of documentsOf(top)) {
    doc.addEventListener(
      'click',
      (e) => {
        if (!fromUser(e) || isOurs(e.target)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        handlers.pick(target(e));
      },
      opts,
    );
    doc.addEventListener('mouseover', (e) => fromUser(e) && !isOurs(e.target) && handlers.hover(target(e)), opts);
    doc.addEventListener('keydown', (e) => fromUser(e) && e.key === 'Escape' && handlers.cancel(), opts);
  }
  return stop;
}
