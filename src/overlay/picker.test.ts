// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ourShadowRoot } from './closed-root';
import { HighlightLayer } from './highlight-layer';
import { startPicker } from './picker';

/** An event as a page script makes it: `dispatchEvent` in a real browser gives `isTrusted: false`. */
function synthetic<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: false });
  return e;
}

function setup() {
  document.body.innerHTML = '<a id="link" href="#elsewhere">Open</a><p id="note">A note</p>';
  const log: string[] = [];
  const controller = new AbortController();
  const stop = startPicker(
    document,
    () => false,
    {
      pick: (t) => log.push(`pick ${t.id}`),
      hover: (t) => log.push(`hover ${t?.id}`),
      cancel: () => log.push('cancel'),
    },
    controller.signal,
  );
  return { log, stop, note: document.getElementById('note')!, link: document.getElementById('link')! };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('record-lens-builder').forEach((h) => h.remove());
});

describe('picker: only the person pointing can pick', () => {
  it('picks, hovers and cancels on the user’s own events', () => {
    const { log, stop, note } = setup();
    note.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    note.dispatchEvent(click);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toEqual(['hover note', 'pick note', 'cancel']);
    expect(click.defaultPrevented).toBe(true);
    stop();
  });

  it('ignores clicks, hovers and Escape that a page script synthesised, and leaves them to the page', () => {
    const { log, stop, note, link } = setup();
    note.dispatchEvent(synthetic(new MouseEvent('mouseover', { bubbles: true })));
    const click = synthetic(new MouseEvent('click', { bubbles: true, cancelable: true }));
    link.dispatchEvent(click);
    document.dispatchEvent(synthetic(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(log).toEqual([]);
    expect(click.defaultPrevented).toBe(false);
    stop();
  });
});

describe('builder highlight layer', () => {
  it('has a closed root, and its stop button ignores a synthesised click', () => {
    let stops = 0;
    const layer = new HighlightLayer(document, () => stops++);
    expect(layer.host.shadowRoot).toBeNull();
    const stop = ourShadowRoot(layer.host)!.querySelector('button')!;
    expect(stop.textContent).toBe('Stop pointing');
    stop.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(stops).toBe(0);
    stop.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(stops).toBe(1);
    layer.remove();
  });
});
