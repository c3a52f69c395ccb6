import type { NoteQuality } from '../../messaging/protocol';
import { markModel } from './mark-model';
import { MARK_STYLE } from './mark-style';
import { fillTip } from './mark-tip';
import { attachClosedRoot } from '../closed-root';
import { fromUser } from '../user-event';

/** Most marks kept; only those near the viewport are placed and shown. */
const MAX_MARKS = 1000;
const MAX_SHOWN = 200;
const GAP = 4;
const TIP_ID = 'record-lens-mark-tip';

export interface MarkedNote {
  el: Element;
  quality: NoteQuality;
}

interface Entry extends MarkedNote {
  button: HTMLButtonElement;
}

/**
 * A mark beside each captured note, drawn in one shadow root fixed over the page: the page's own
 * layout, styles and text never change. Marks follow their notes on scroll, resize and page
 * changes (one redraw per animation frame). Text is set with textContent only. The shadow root is
 * closed and clicks or keys a page script synthesises are ignored, so the page can neither read the
 * scores nor drive the marks (see closed-root.ts, user-event.ts).
 */
export class MarkLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly marksBox: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly ring: HTMLElement;
  private readonly ringLabel: HTMLElement;
  private ringEl: Element | undefined;
  private entries: Entry[] = [];
  private byEl = new Map<Element, Entry>();
  private active: Entry | undefined;
  private frame = 0;
  private visible: boolean;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly opts: {
      visible: boolean;
      onToggle?: (visible: boolean) => void;
      /** A person clicked (or pressed Enter on) a note's mark: the side panel can act on that note. */
      onPick?: (el: Element) => void;
    },
  ) {
    this.visible = opts.visible;
    this.host = doc.createElement('record-lens-marks');
    this.root = attachClosedRoot(this.host);
    const style = doc.createElement('style');
    style.textContent = MARK_STYLE;
    const layer = doc.createElement('div');
    layer.className = 'layer';
    this.toggle = doc.createElement('button');
    this.toggle.type = 'button';
    this.toggle.className = 'toggle';
    this.toggle.addEventListener('click', (e) => {
      if (!fromUser(e)) return;
      this.setVisible(!this.visible);
      opts.onToggle?.(this.visible);
    });
    this.marksBox = doc.createElement('div');
    this.tip = doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.id = TIP_ID;
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    // The note a deputy is sampling: a ring drawn over it (not a style on the page's element).
    this.ring = doc.createElement('div');
    this.ring.className = 'ring';
    this.ring.hidden = true;
    this.ringLabel = doc.createElement('span');
    this.ringLabel.className = 'ring-label';
    this.ring.append(this.ringLabel);
    layer.append(this.ring, this.toggle, this.marksBox, this.tip);
    this.root.append(style, layer);
    this.root.addEventListener('keydown', (e) => {
      if (fromUser(e) && (e as KeyboardEvent).key === 'Escape') this.close();
    });
    this.tip.addEventListener('mouseleave', () => this.close());
    this.setVisible(this.visible);
    doc.documentElement.append(this.host);
    const win = doc.defaultView!;
    win.addEventListener('scroll', this.redraw, { capture: true, passive: true });
    win.addEventListener('resize', this.redraw, { passive: true });
    this.observer = new MutationObserver(this.redraw);
    this.observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  get shown(): boolean {
    return this.visible;
  }

  /** Marks exactly these notes, in this (document) order; marks of notes no longer listed go. */
  show(notes: readonly MarkedNote[]): void {
    const next: Entry[] = [];
    const byEl = new Map<Element, Entry>();
    for (const { el, quality } of notes.slice(0, MAX_MARKS)) {
      if (byEl.has(el)) continue;
      const old = this.byEl.get(el);
      const entry = old ?? { el, quality, button: this.makeButton() };
      if (!old || old.quality !== quality) this.label(entry, quality);
      byEl.set(el, entry);
      next.push(entry);
    }
    for (const e of this.entries) if (!byEl.has(e.el)) e.button.remove();
    if (this.active && !byEl.has(this.active.el)) this.close();
    // Keep the buttons in page order (Tab order) without moving a focused one when possible.
    const same = this.entries.filter((e) => byEl.has(e.el));
    const prefix = same.every((e, i) => next[i] === e);
    if (prefix) this.marksBox.append(...next.slice(same.length).map((e) => e.button));
    else {
      const focused = this.root.activeElement;
      this.marksBox.replaceChildren(...next.map((e) => e.button));
      if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    }
    this.entries = next;
    this.byEl = byEl;
    this.redraw();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.toggle.textContent = `Record Lens marks: ${visible ? 'on' : 'off'}`;
    this.toggle.setAttribute('aria-pressed', String(visible));
    if (!visible) this.close();
    this.redraw();
  }

  /**
   * Rings one note (the one being sampled) with a written label, and scrolls it into view; shown
   * whether or not the marks are switched on, since the deputy asked for it. Undefined clears it.
   */
  spotlight(el: Element | undefined, label = ''): void {
    this.ringEl = el;
    this.ringLabel.textContent = label;
    if (el) el.scrollIntoView({ block: 'center' });
    else this.ring.hidden = true;
    this.redraw();
  }

  /** Places the marks over the right edge of their notes; one pass per animation frame. */
  redraw = (): void => {
    if (this.frame) return;
    const win = this.doc.defaultView!;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private place(): void {
    const width = this.doc.documentElement.clientWidth;
    const height = this.doc.defaultView!.innerHeight;
    // All reads first, then all writes: one layout per frame, however many marks.
    const rects = this.entries.map((e) => (this.visible && e.el.isConnected ? e.el.getBoundingClientRect() : undefined));
    let shown = 0;
    this.entries.forEach((e, i) => {
      const r = rects[i];
      const near = r && r.width > 0 && r.height > 0 && r.bottom > -height && r.top < 2 * height;
      if (!near || shown >= MAX_SHOWN) {
        e.button.hidden = true;
        if (this.active === e) this.close();
        return;
      }
      shown++;
      e.button.hidden = false;
      e.button.style.top = `${Math.round(r.top + GAP)}px`;
      e.button.style.right = `${Math.round(Math.max(0, width - r.right) + GAP)}px`;
    });
    if (this.active) this.placeTip(this.active.button);
    this.placeRing();
  }

  private placeRing(): void {
    const el = this.ringEl;
    if (!el?.isConnected) {
      this.ring.hidden = true;
      return;
    }
    const r = el.getBoundingClientRect();
    this.ring.hidden = false;
    Object.assign(this.ring.style, {
      top: `${Math.round(r.top - 3)}px`,
      left: `${Math.round(r.left - 3)}px`,
      width: `${Math.round(r.width + 6)}px`,
      height: `${Math.round(r.height + 6)}px`,
    });
  }

  private makeButton(): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.hidden = true;
    const open = () => {
      const e = this.entries.find((x) => x.button === b);
      if (e) this.open(e);
    };
    b.addEventListener('focus', open);
    b.addEventListener('mouseenter', open);
    b.addEventListener('click', (e) => {
      if (!fromUser(e)) return;
      open();
      const picked = this.entries.find((x) => x.button === b);
      if (picked) this.opts.onPick?.(picked.el);
    });
    b.addEventListener('blur', () => this.close());
    b.addEventListener('mouseleave', (ev) => {
      if ((ev as MouseEvent).relatedTarget !== this.tip && this.root.activeElement !== b) this.close();
    });
    return b;
  }

  private label(entry: Entry, quality: NoteQuality): void {
    entry.quality = quality;
    const model = markModel(quality);
    entry.button.className = `mark ${model.band}`;
    entry.button.textContent = model.label;
    entry.button.title = '';
    if (this.active === entry) fillTip(this.tip, model, quality.score);
  }

  private open(entry: Entry): void {
    if (this.active && this.active !== entry) this.active.button.removeAttribute('aria-describedby');
    this.active = entry;
    fillTip(this.tip, markModel(entry.quality), entry.quality.score);
    entry.button.setAttribute('aria-describedby', TIP_ID);
    entry.button.setAttribute('aria-expanded', 'true');
    this.tip.hidden = false;
    this.placeTip(entry.button);
  }

  close(): void {
    if (!this.active) return;
    this.active.button.removeAttribute('aria-describedby');
    this.active.button.setAttribute('aria-expanded', 'false');
    this.active = undefined;
    this.tip.hidden = true;
  }

  private placeTip(button: HTMLElement): void {
    const r = button.getBoundingClientRect();
    const win = this.doc.defaultView!;
    const below = r.bottom + 340 < win.innerHeight || r.top < win.innerHeight / 2;
    Object.assign(this.tip.style, {
      right: `${Math.max(4, this.doc.documentElement.clientWidth - r.right)}px`,
      top: below ? `${Math.round(r.bottom + 2)}px` : '',
      bottom: below ? '' : `${Math.round(win.innerHeight - r.top + 2)}px`,
    });
  }

  destroy(): void {
    const win = this.doc.defaultView;
    if (this.frame) win?.cancelAnimationFrame(this.frame);
    win?.removeEventListener('scroll', this.redraw, { capture: true });
    win?.removeEventListener('resize', this.redraw);
    this.observer.disconnect();
    this.host.remove();
  }
}
