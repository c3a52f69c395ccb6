// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteQuality } from '../../messaging/protocol';
import { MarkLayer } from './mark-layer';
import { fillTip } from './mark-tip';
import { markModel } from './mark-model';
import { ourShadowRoot } from '../closed-root';

const EVIL = '<img src=x onerror="window.__pwned=1">';

function setup(n: number) {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p class="note" id="n${i}">Note ${i}</p>`).join('');
  const notes = [...document.querySelectorAll('.note')];
  const q = (i: number, flags: NoteQuality['flags'] = []): NoteQuality => ({ key: `k${i}`, score: flags.length ? 30 : 100, flags });
  return { notes, q };
}

let layer: MarkLayer | undefined;
afterEach(() => {
  layer?.destroy();
  layer = undefined;
  document.body.innerHTML = '';
});

describe('MarkLayer', () => {
  it('draws one focusable button per note in a single shadow host on the document element', () => {
    const { notes, q } = setup(3);
    layer = new MarkLayer(document, { visible: true });
    layer.show(notes.map((el, i) => ({ el, quality: q(i, i === 1 ? [{ rule: 'vague', reason: 'Mostly stock phrases.' }] : []) })));
    expect(document.querySelectorAll('record-lens-marks')).toHaveLength(1);
    expect(layer.host.parentElement).toBe(document.documentElement);
    const buttons = [...ourShadowRoot(layer.host)!.querySelectorAll('button.mark')];
    expect(buttons.map((b) => b.textContent)).toEqual(['OK 100', 'Weak 30: vague', 'OK 100']);
    expect(buttons.every((b) => b.getAttribute('type') === 'button')).toBe(true);
    // The page's own text is untouched.
    expect(document.body.textContent).toBe('Note 0Note 1Note 2');
  });

  it('opens the reasons on focus, links them with aria-describedby, and closes on Escape', () => {
    const { notes, q } = setup(1);
    layer = new MarkLayer(document, { visible: true });
    layer.show([{ el: notes[0]!, quality: q(0, [{ rule: 'too-short', reason: 'Only 3 words.', explanation: 'Short notes miss detail.' }]) }]);
    const root = ourShadowRoot(layer.host)!;
    const button = root.querySelector<HTMLButtonElement>('button.mark')!;
    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(tip.hidden).toBe(true);
    button.dispatchEvent(new Event('focus'));
    expect(tip.hidden).toBe(false);
    expect(button.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain('too short: Only 3 words.');
    expect(tip.textContent).toContain('Short notes miss detail.');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(tip.hidden).toBe(true);
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });

  it('the toggle is a pressed/unpressed button that reports the choice', () => {
    const { notes, q } = setup(1);
    const choices: boolean[] = [];
    layer = new MarkLayer(document, { visible: true, onToggle: (v) => choices.push(v) });
    layer.show([{ el: notes[0]!, quality: q(0) }]);
    const toggle = ourShadowRoot(layer.host)!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toBe('Record Lens marks: on');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.textContent).toBe('Record Lens marks: off');
    expect(choices).toEqual([false]);
  });

  it('keeps marks of notes still shown and drops those gone', () => {
    const { notes, q } = setup(3);
    layer = new MarkLayer(document, { visible: true });
    layer.show(notes.map((el, i) => ({ el, quality: q(i) })));
    const first = ourShadowRoot(layer.host)!.querySelector('button.mark');
    layer.show([{ el: notes[0]!, quality: q(0) }]);
    const left = ourShadowRoot(layer.host)!.querySelectorAll('button.mark');
    expect(left).toHaveLength(1);
    expect(left[0]).toBe(first);
  });
});

/** An event as a page script makes it: `dispatchEvent` in a real browser gives `isTrusted: false`. */
function synthetic<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: false });
  return e;
}

describe('a hostile page cannot read or drive the marks', () => {
  it('attaches a closed shadow root: the page sees no shadowRoot on the host', () => {
    const { notes, q } = setup(1);
    layer = new MarkLayer(document, { visible: true });
    layer.show([{ el: notes[0]!, quality: q(0, [{ rule: 'vague', reason: 'Mostly stock phrases.' }]) }]);
    expect(layer.host.shadowRoot).toBeNull();
    expect(document.querySelector('record-lens-marks')!.shadowRoot).toBeNull();
    // Nothing of the verdict leaks into the light DOM either.
    expect(layer.host.textContent).toBe('');
    expect(ourShadowRoot(layer.host)!.querySelector('button.mark')!.textContent).toContain('vague');
    expect(ourShadowRoot(document.body)).toBeUndefined();
  });

  it('ignores a toggle click, a mark click and an Escape that a page script synthesised', () => {
    const { notes, q } = setup(1);
    const choices: boolean[] = [];
    const picked: Element[] = [];
    layer = new MarkLayer(document, { visible: true, onToggle: (v) => choices.push(v), onPick: (el) => picked.push(el) });
    layer.show([{ el: notes[0]!, quality: q(0, [{ rule: 'vague', reason: 'Mostly stock phrases.' }]) }]);
    const root = ourShadowRoot(layer.host)!;
    const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(choices).toEqual([]);

    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    const mark = root.querySelector<HTMLButtonElement>('button.mark')!;
    mark.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(tip.hidden).toBe(true);
    // A page script cannot pick a note for the side panel either.
    expect(picked).toEqual([]);

    // The user opens the reasons (and picks the note); a synthesised Escape does not close them, a real one does.
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(tip.hidden).toBe(false);
    expect(picked).toEqual([notes[0]]);
    mark.dispatchEvent(synthetic(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    expect(tip.hidden).toBe(false);
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(tip.hidden).toBe(true);
  });
});

describe('text only', () => {
  it('page-derived text never becomes markup', () => {
    const tip = document.createElement('div');
    const model = markModel({ score: 20, flags: [{ rule: 'vague', reason: `Says ${EVIL}`, explanation: EVIL }] });
    fillTip(tip, model, 20);
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.textContent).toContain(EVIL);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a note text with markup is shown as text in the mark too', () => {
    const { notes } = setup(1);
    notes[0]!.textContent = EVIL;
    layer = new MarkLayer(document, { visible: true });
    layer.show([{ el: notes[0]!, quality: { key: 'k', score: 10, flags: [{ rule: EVIL, reason: EVIL }] } }]);
    const root = ourShadowRoot(layer.host)!;
    root.querySelector<HTMLButtonElement>('button.mark')!.dispatchEvent(new Event('focus'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('button.mark')!.textContent).toContain(EVIL);
    expect(root.querySelector('[role="tooltip"]')!.textContent).toContain(EVIL);
  });
});

describe('MarkLayer spotlight (sampling)', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

  it('rings the sampled note with a written label, even with the marks switched off, and clears it', async () => {
    const { notes, q } = setup(3);
    layer = new MarkLayer(document, { visible: false });
    layer.show(notes.map((el, i) => ({ el, quality: q(i) })));
    const ring = ourShadowRoot(layer.host)!.querySelector<HTMLElement>('.ring')!;
    expect(ring.hidden).toBe(true);
    layer.spotlight(notes[1], 'Sampling: note 2 of 3');
    await frame();
    expect(ring.hidden).toBe(false);
    expect(ring.textContent).toBe('Sampling: note 2 of 3');
    // Page text untouched; the label is set as text, never parsed.
    layer.spotlight(notes[1], EVIL);
    await frame();
    expect(ring.querySelector('img')).toBeNull();
    expect(document.body.textContent).toBe('Note 0Note 1Note 2');
    layer.spotlight(undefined);
    await frame();
    expect(ring.hidden).toBe(true);
  });

  it('hides the ring when its note leaves the page (an app re-render)', async () => {
    const { notes } = setup(2);
    layer = new MarkLayer(document, { visible: true });
    layer.spotlight(notes[0], 'Sampling: note 1 of 1');
    await frame();
    notes[0]!.remove();
    layer.redraw();
    await frame();
    expect(ourShadowRoot(layer.host)!.querySelector<HTMLElement>('.ring')!.hidden).toBe(true);
  });
});
