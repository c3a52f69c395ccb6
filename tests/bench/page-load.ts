/**
 * What a care-system page pays to load with Record Lens installed: the same page loaded many times
 * in the browser with the extension and in the same browser without it, alternately, so both see
 * the same machine. Per load, from the page's navigation start:
 * - load: `loadEventEnd` of the navigation (what a person waits for before the page is usable);
 * - cpuAtLoad: the page's main-thread CPU time when the load event has ended (CDP
 *   Performance.getMetrics ThreadTime): what delayed the load, without the waits of a busy machine;
 * - cpuAfter: the same a fixed time after load. Capture runs after load, so work moved out of the
 *   load shows here rather than vanishing. Metrics are read twice per load, adding no work of note.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { BROWSER_ARGS, chromiumPath } from '../support/launch-extension';
import { median } from './stats';

export interface LoadTiming {
  /** ms from navigation start to the end of the load event. */
  load: number;
  /** The page's main-thread CPU time, in ms, once the load event has ended. */
  cpuAtLoad: number;
  /** The page's main-thread CPU time, in ms, `after` ms past load. */
  cpuAfter: number;
}

export interface LoadComparison {
  withExtension: LoadTiming[];
  without: LoadTiming[];
}

/** The browser the extension runs in, minus the extension: same binary, flags and viewport. */
export function launchPlain(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    headless: true,
    executablePath: chromiumPath(),
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    args: BROWSER_ARGS,
  });
}

/** One load of `url` in a fresh tab of `context`; `after`: how long after load the work counts. */
export async function loadOnce(context: BrowserContext, url: string, after: number): Promise<LoadTiming> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    await page.goto(url, { waitUntil: 'load' });
    const cpuAtLoad = await cpu();
    const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await new Promise((r) => setTimeout(r, after));
    return { load, cpuAtLoad, cpuAfter: await cpu() };
  } finally {
    await page.close();
  }
}

/**
 * `runs` loads of `url` with and without the extension, alternating which goes first so neither
 * always follows the other's work. A warm-up load in each first (server caches, code caches).
 */
export async function compareLoads(withExtension: BrowserContext, without: BrowserContext, url: string, runs: number, after: number): Promise<LoadComparison> {
  await loadOnce(withExtension, url, after);
  await loadOnce(without, url, after);
  const out: LoadComparison = { withExtension: [], without: [] };
  for (let i = 0; i < runs; i++) {
    const pair = [
      async () => out.withExtension.push(await loadOnce(withExtension, url, after)),
      async () => out.without.push(await loadOnce(without, url, after)),
    ];
    for (const load of i % 2 ? pair.reverse() : pair) await load();
  }
  return out;
}

/** Medians of each timing. */
export function medians(timings: readonly LoadTiming[]): LoadTiming {
  const of = (k: keyof LoadTiming) => median(timings.map((t) => t[k]));
  return { load: of('load'), cpuAtLoad: of('cpuAtLoad'), cpuAfter: of('cpuAfter') };
}
