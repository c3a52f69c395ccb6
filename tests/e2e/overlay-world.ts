import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * Reads Record Lens's in-page overlay from the content script's own (isolated) world.
 *
 * The overlay's shadow roots are closed, so neither the care-system page nor Playwright's
 * selectors can see inside them (Playwright crosses open roots only). Chromium gives extension
 * worlds `chrome.dom.openOrClosedShadowRoot(host)`, and the DevTools protocol can evaluate in
 * that world: tests look through the same door our own code uses, and the product keeps no
 * test hook the page could find.
 */
export async function inOverlayWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    cdp.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
    cdp.on('Runtime.executionContextDestroyed', (e) => {
      const i = contexts.findIndex((c) => c.id === e.executionContextId);
      if (i >= 0) contexts.splice(i, 1);
    });
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.filter(
      (c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
    );
    if (!world.length) throw new Error('No Record Lens content-script world in this page (yet).');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world[world.length - 1]!.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In the overlay world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface OverlayElement {
  text: string;
  visible: boolean;
  focused: boolean;
  attrs: Record<string, string>;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Every element matching `selector` inside the closed shadow root of our `host` element
 * (`record-lens-marks`, `record-lens-builder`); empty when the host is not on the page.
 */
export async function overlayQuery(page: Page, selector: string, host = 'record-lens-marks'): Promise<OverlayElement[]> {
  return inOverlayWorld<OverlayElement[]>(
    page,
    `(() => {
      const host = document.querySelector(${JSON.stringify(host)});
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      if (!root) return [];
      return [...root.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent,
          visible: el.checkVisibility() && r.width > 0 && r.height > 0,
          focused: root.activeElement === el,
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      });
    })()`,
    // A page that navigates while we look (the audit walk opens each record's page) has no
    // overlay yet: the world we found is gone, which reads as "not there yet", as for a new page.
  ).catch((e: Error) => (/No Record Lens content-script world|Cannot find context with specified id|Execution context was destroyed/.test(e.message) ? [] : Promise.reject(e)));
}

/** Runs a DOM method (focus, click...) on the n-th match inside our closed root, as our own code would. */
export async function overlayCall(page: Page, selector: string, n: number, method: 'focus' | 'scrollIntoView', host = 'record-lens-marks') {
  await inOverlayWorld(
    page,
    `(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector(${JSON.stringify(host)}));
      root.querySelectorAll(${JSON.stringify(selector)})[${n}].${method}();
    })()`,
  );
}

/**
 * axe-core run in the overlay world, with `shadowRoot` there reading closed roots too, so the
 * marks and the builder bar are checked as a screen reader meets them. Returns the violations' ids.
 */
export async function axeOverlay(page: Page, host: string): Promise<string[]> {
  const source = (await import('node:fs')).readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return inOverlayWorld<string[]>(
    page,
    `(async () => {
      if (!globalThis.axe) { ${source}; }
      // Only for the length of the run, and only in this world: the page's Element is untouched.
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return chrome.dom.openOrClosedShadowRoot(this); },
      });
      try {
        const r = await axe.run({ include: [[${JSON.stringify(host)}]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
        if (!r.passes.length && !r.violations.length) throw new Error('axe found nothing to check in ' + ${JSON.stringify(host)});
        return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    })()`,
  );
}
