import { attachClosedRoot } from './closed-root';
import { fromUser } from './user-event';

/** Most boxes drawn at once: enough to see the pattern, few enough to keep the page smooth. */
const MAX_BOXES = 400;

const STYLE = `
  :host { all: initial; }
  .layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 14px system-ui, sans-serif; }
  .box { position: fixed; outline: 3px solid #005eb8; background: rgba(0, 94, 184, 0.08); border-radius: 2px; }
  .box.field { outline-color: #007f3b; background: rgba(0, 127, 59, 0.12); }
  .box.hover { outline: 2px dashed #ae2573; background: transparent; }
  .tag { position: absolute; top: -1.4em; left: 0; background: #005eb8; color: #fff; padding: 0 4px; font-size: 11px; }
  .bar { position: fixed; right: 12px; bottom: 12px; max-width: 360px; pointer-events: auto; background: #fff; color: #212b32;
         border: 2px solid #005eb8; border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
  .bar button { font: inherit; margin-left: 8px; background: #005eb8; color: #fff; border: 0; border-radius: 4px; padding: 4px 10px; cursor: pointer; }
  .bar button:focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
`;

/** Page coordinates of an element, including the offset of the same-origin frames it sits in. */
function viewportRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let win = el.ownerDocument.defaultView;
  while (win && win.frameElement) {
    const fr = win.frameElement.getBoundingClientRect();
    x += fr.left;
    y += fr.top;
    win = win.frameElement.ownerDocument.defaultView;
  }
  return new DOMRect(x, y, r.width, r.height);
}

/**
 * The builder's marks, drawn in a shadow root fixed over the page: it never changes the page's
 * own layout, styles or text. Text is set with textContent only. The root is closed and the stop
 * button ignores clicks a page script synthesises.
 */
export class HighlightLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly status: HTMLElement;
  private marked: { el: Element; kind: 'record' | 'field' | 'hover'; label?: string }[] = [];
  private frame = 0;

  constructor(doc: Document, onStop: () => void) {
    this.host = doc.createElement('record-lens-builder');
    this.root = attachClosedRoot(this.host);
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Record Lens: teaching this page');
    this.status = doc.createElement('span');
    this.status.setAttribute('role', 'status');
    const stop = doc.createElement('button');
    stop.type = 'button';
    stop.textContent = 'Stop pointing';
    stop.addEventListener('click', (e) => fromUser(e) && onStop());
    bar.append(this.status, stop);
    this.root.append(style, this.layer, bar);
    doc.documentElement.append(this.host);
  }

  say(text: string): void {
    this.status.textContent = text;
  }

  show(records: readonly Element[], fields: readonly { el: Element; label: string }[], hover?: Element): void {
    this.marked = [
      ...records.slice(0, MAX_BOXES).map((el) => ({ el, kind: 'record' as const })),
      ...fields.map((f) => ({ el: f.el, kind: 'field' as const, label: f.label })),
      ...(hover ? [{ el: hover, kind: 'hover' as const }] : []),
    ];
    this.redraw();
  }

  /** Boxes follow the page as it scrolls or resizes (one redraw per animation frame). */
  redraw = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const doc = this.host.ownerDocument;
      const boxes = this.marked.map(({ el, kind, label }) => {
        const r = viewportRect(el);
        const box = doc.createElement('div');
        box.className = `box ${kind === 'record' ? '' : kind}`;
        Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        if (label) {
          const tag = doc.createElement('span');
          tag.className = 'tag';
          tag.textContent = label;
          box.append(tag);
        }
        return box;
      });
      this.layer.replaceChildren(...boxes);
    });
  };

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  remove(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
