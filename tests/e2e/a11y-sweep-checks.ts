import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { inOverlayWorld } from './overlay-world';

/**
 * The checks behind the accessibility sweep (tests/e2e/accessibility.spec.ts): WCAG 2.2 AA by axe,
 * a visible focus indicator on every stop of the Tab order, text at 200% without loss, reflow at
 * 320 CSS px, and charts that carry their figures in a table. Each returns the problems it found
 * as short strings, so a failure names the element and the screen.
 */

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the whole page (or one part of it), every WCAG 2.2 A and AA rule. Legacy mode runs axe
 * in the page itself instead of finishing each run in a new blank tab: our pages have no frames,
 * and it saves about a second a run.
 */
export async function axe(page: Page, screen: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * axe inside the in-page marks' closed shadow root, run in the content script's world (the only
 * one that can open it), with the same WCAG 2.2 AA tags as every other screen.
 */
export async function axeMarks(page: Page, host = 'record-lens-marks'): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return inOverlayWorld<string[]>(
    page,
    `(async () => {
      if (!globalThis.axe) { ${source}; }
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return chrome.dom.openOrClosedShadowRoot(this); } });
      try {
        const r = await axe.run({ include: [[${JSON.stringify(host)}]] }, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } });
        if (!r.passes.length && !r.violations.length) throw new Error('axe found nothing to check in ' + ${JSON.stringify(host)});
        return r.violations.map((v) => 'marks: ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    })()`,
  );
}

/** Opens every <details> of the page, so what they hold is checked too; returns how to close them again. */
export async function openAllDetails(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() =>
    document.querySelectorAll('details:not([open])').forEach((d) => {
      d.setAttribute('data-a11y-opened', '');
      (d as HTMLDetailsElement).open = true;
    }),
  );
  return () =>
    page.evaluate(() =>
      document.querySelectorAll('details[data-a11y-opened]').forEach((d) => {
        d.removeAttribute('data-a11y-opened');
        (d as HTMLDetailsElement).open = false;
      }),
    );
}

/**
 * Tabs through the whole page from the top, as a keyboard user would, and checks that every stop
 * shows a focus indicator (an outline of some width, or a box-shadow) and that every visible,
 * enabled control is reached (one radio per group is enough: arrows move within a group).
 * A listener in the page notes each stop as focus arrives, so the keys are pressed in one go.
 * Returns the problems and how many stops there were.
 */
export async function focusSweep(page: Page, screen: string): Promise<{ problems: string[]; stops: number }> {
  await page.bringToFront();
  const presses = await page.evaluate(() => {
    document.querySelectorAll('[data-a11y-stop]').forEach((e) => e.removeAttribute('data-a11y-stop'));
    const w = window as unknown as { a11yStops: { key: string; visible: boolean; label: string }[]; a11yListen?: boolean };
    w.a11yStops = [];
    if (!w.a11yListen) {
      w.a11yListen = true;
      document.addEventListener('focusin', () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return;
        if (!el.hasAttribute('data-a11y-stop')) el.setAttribute('data-a11y-stop', String(w.a11yStops.length));
        const st = getComputedStyle(el);
        const outline = st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0;
        const shadow = st.boxShadow !== 'none' && st.boxShadow !== '';
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const type = (el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : '';
        w.a11yStops.push({ key: el.getAttribute('data-a11y-stop')!, visible: outline || shadow, label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${type} "${name}"` });
      });
    }
    // Start from the top of the document: focus a throwaway element there, then drop it.
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
    w.a11yStops = [];
    // Enough presses to pass every control once (a date field takes three: day, month, year).
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length;
    return controls + 2 * document.querySelectorAll('input[type="date"]').length + 3;
  });
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  const stops = await page.evaluate(() => (window as unknown as { a11yStops: { key: string; visible: boolean; label: string }[] }).a11yStops);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const stop of stops) {
    if (seen.has(stop.key)) continue;
    seen.add(stop.key);
    if (!stop.visible) problems.push(`${screen}: no visible focus indicator on ${stop.label}`);
  }
  const unreached = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
    const reachedGroups = new Set(
      controls.filter((c) => c.hasAttribute('data-a11y-stop') && c instanceof HTMLInputElement && c.type === 'radio').map((c) => (c as HTMLInputElement).name),
    );
    return controls
      .filter((c) => {
        if (c.hasAttribute('data-a11y-stop') || c.tabIndex < 0 || (c as HTMLButtonElement).disabled) return false;
        if (c instanceof HTMLInputElement && c.type === 'hidden') return false;
        if (c instanceof HTMLInputElement && c.type === 'radio' && reachedGroups.has(c.name)) return false;
        if (c.closest('[inert], [aria-hidden="true"]')) return false;
        const r = c.getBoundingClientRect();
        return c.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0;
      })
      .map((c) => `${c.tagName.toLowerCase()} "${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim().slice(0, 40)}"`);
  });
  for (const u of unreached) problems.push(`${screen}: never reached by Tab: ${u}`);
  return { problems, stops: seen.size };
}

/** In-page marks: tab from the on/off switch through the first marks, each must show its focus. */
export async function marksFocusSweep(page: Page, stops: number): Promise<string[]> {
  const problems: string[] = [];
  await page.bringToFront();
  for (let i = 0; i < stops; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const r = await inOverlayWorld<{ label: string; visible: boolean } | null>(
      page,
      `(() => {
        const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('record-lens-marks'));
        ${i === 0 ? "root.querySelector('button.toggle').focus({ focusVisible: true });" : ''}
        const el = root.activeElement;
        if (!el) return null;
        const s = getComputedStyle(el);
        return { label: el.className + ' "' + (el.textContent || '').trim().slice(0, 40) + '"',
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' };
      })()`,
    );
    if (!r) problems.push(`marks: Tab ${i} left the marks`);
    else if (!r.visible) problems.push(`marks: no visible focus indicator on ${r.label}`);
  }
  return problems;
}

/**
 * Everything a screen shows, measured in the page: font sizes of text outside charts, text and
 * controls that are cut off or pushed out of the page, and whether the page scrolls sideways.
 * Data tables and charts may scroll inside their own box (WCAG 1.4.10 exempts two-dimensional
 * content); nothing else may.
 */
export async function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0;
    };
    const isHiddenText = (el: Element) => el.closest('.visually-hidden, [aria-hidden="true"], .chart, [role="img"]') !== null;
    const texts = [...document.body.querySelectorAll('*')].filter(
      (el) => !isHiddenText(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && shown(el),
    );
    const fontSizes = Object.fromEntries(
      texts.map((el, i) => {
        el.setAttribute('data-a11y-text', String(i));
        return [String(i), parseFloat(getComputedStyle(el).fontSize)];
      }),
    );
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (isHiddenText(el) || !shown(el)) continue;
      const s = getComputedStyle(el);
      const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!clipsX && !clipsY && s.textOverflow !== 'ellipsis') continue;
      if (!(el.textContent ?? '').trim()) continue;
      if ((clipsX || s.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1) clipped.push(`text cut off sideways in ${describe(el)}`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) clipped.push(`text cut off below in ${describe(el)}`);
    }
    const offPage: string[] = [];
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, label');
    for (const el of [...texts, ...controls]) {
      if (isHiddenText(el) || !shown(el) || inScroller(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) offPage.push(`${describe(el)} reaches ${Math.round(r.right)} px of a ${width} px page`);
    }
    // What pushes the page wider: the outermost elements past its right edge.
    const wide = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > width + 1 && !inScroller(el) && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1),
    );
    const scrollsSideways = doc.scrollWidth > width + 1 ? `${doc.scrollWidth} px wide in a ${width} px window, by ${wide.slice(0, 3).map(describe).join('; ')}` : '';
    return { fontSizes, clipped, offPage, scrollsSideways };
  });
}

/**
 * WCAG 1.4.4, text resized to 200%: Chromium's own text-size setting (the default font size,
 * DevTools' Page.setFontSizes) doubled, so every size given in rem/em/% doubles and a size fixed in
 * px shows up as text that did not grow. Checks that all text outside charts grew to at least 1.9
 * times, and that nothing is cut off, off the page, or makes the page scroll sideways.
 * The text size is set back afterwards.
 */
export async function textAt200(page: Page, screen: string): Promise<string[]> {
  const close = await openAllDetails(page);
  const before = await layoutFacts(page);
  const cdp = await page.context().newCDPSession(page);
  const problems: string[] = [];
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.waitForTimeout(100);
    const after = await layoutFacts(page);
    const small = Object.entries(before.fontSizes)
      .filter(([k, px]) => after.fontSizes[k] !== undefined && after.fontSizes[k]! < px * 1.9)
      .map(([k, px]) => k + `: ${px} px -> ${after.fontSizes[k]} px`);
    if (small.length) {
      const names = await page.evaluate(
        (keys) => keys.map((k) => { const el = document.querySelector(`[data-a11y-text="${k.split(':')[0]}"]`); return `${el?.tagName.toLowerCase()} "${(el?.textContent ?? '').trim().slice(0, 30)}"${k.slice(k.indexOf(':'))}`; }),
        small.slice(0, 10),
      );
      problems.push(...names.map((n) => `${screen} at 200% text: did not grow: ${n}`), ...(small.length > 10 ? [`${screen}: ${small.length - 10} more`] : []));
    }
    problems.push(...after.clipped.map((c) => `${screen} at 200% text: ${c}`), ...after.offPage.map((c) => `${screen} at 200% text: off the page: ${c}`));
    if (after.scrollsSideways) problems.push(`${screen} at 200% text: the page scrolls sideways (${after.scrollsSideways})`);
  } finally {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await close();
  }
  return problems;
}

/** WCAG 1.4.10 reflow: at 320 CSS px wide, no sideways scroll and nothing cut off or off the page. */
export async function reflowAt320(page: Page, screen: string): Promise<string[]> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const close = await openAllDetails(page);
  try {
    await page.waitForTimeout(100);
    const f = await layoutFacts(page);
    return [
      ...f.clipped.map((c) => `${screen} at 320 px: ${c}`),
      ...f.offPage.map((c) => `${screen} at 320 px: off the page: ${c}`),
      ...(f.scrollsSideways ? [`${screen} at 320 px: the page scrolls sideways (${f.scrollsSideways})`] : []),
    ];
  } finally {
    await close();
    if (size) await page.setViewportSize(size);
  }
}

/**
 * Charts have a text alternative: every chart is an image with a name, and a "Figures behind the
 * chart" table follows it in the same part of the page (its next siblings, before the next chart).
 */
export async function chartsHaveTables(page: Page, screen: string): Promise<{ problems: string[]; charts: number }> {
  const r = await page.evaluate(() => {
    const charts = [...document.querySelectorAll('.chart, canvas, svg')].filter((c) => !c.parentElement?.closest('.chart') && !c.closest('button, a'));
    const problems: string[] = [];
    for (const c of charts) {
      const label = c.getAttribute('aria-label') ?? '';
      const id = c.getAttribute('data-testid') ?? c.tagName.toLowerCase();
      if (c.getAttribute('role') !== 'img' || !label.trim()) problems.push(`chart ${id} has no role="img" with a name`);
      let table: Element | null = null;
      for (let s = c.nextElementSibling; s && !s.matches('.chart') && !s.querySelector('.chart'); s = s.nextElementSibling) {
        if (s.matches('details') && /^Figures/.test(s.querySelector('summary')?.textContent?.trim() ?? '') && s.querySelector('table')) {
          table = s;
          break;
        }
      }
      if (!table) problems.push(`chart ${id} ("${label}") has no "Figures…" table after it`);
    }
    return { problems, charts: charts.length };
  });
  return { problems: r.problems.map((p) => `${screen}: ${p}`), charts: r.charts };
}

/**
 * Nothing by colour alone: no coloured dot or chip without words. Any element drawn in a status
 * colour (background or border) but carrying no text and no accessible name is reported.
 */
export async function noColourOnlyIndicators(page: Page, screen: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const neutral = (c: string) => {
      const m = c.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
      if (m.length >= 4 && m[3] === 0) return true;
      const [r = 0, g = 0, b = 0] = m;
      return Math.max(r, g, b) - Math.min(r, g, b) < 24; // greys, white, black
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.chart, [role="img"], [aria-hidden="true"]')) continue;
      if (['INPUT', 'SELECT', 'TEXTAREA', 'PROGRESS', 'BR', 'HR', 'IMG'].includes(el.tagName)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      const coloured = !neutral(s.backgroundColor) || (parseFloat(s.borderLeftWidth) > 0 && !neutral(s.borderLeftColor) && !(el.textContent ?? '').trim());
      if (!coloured) continue;
      if ((el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.getAttribute('title')) continue;
      out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} is coloured but says nothing`);
    }
    return out;
  });
  return found.map((f) => `${screen}: ${f}`);
}

/**
 * The marks' text follows the browser's text size (WCAG 1.4.4), whatever the care system's CSS:
 * with the default font size doubled, the first mark's text is at least 1.9 times as large.
 */
export async function marksTextAt200(page: Page): Promise<string[]> {
  const size = () =>
    inOverlayWorld<number>(
      page,
      `parseFloat(getComputedStyle(chrome.dom.openOrClosedShadowRoot(document.querySelector('record-lens-marks')).querySelector('button.mark')).fontSize)`,
    );
  const before = await size();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const after = await size();
    return after >= before * 1.9 ? [] : [`marks at 200% text: did not grow (${before} px -> ${after} px)`];
  } finally {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
