/**
 * The side panel opened on stored notes, in the real extension (Chromium, real IndexedDB): the
 * time from navigation to the first process-control chart painted, the panel's memory, the chart
 * switched through every segment, and the same open at other numbers of notes over the same year.
 * Each size gets its own browser profile: filled, then the browser restarted, so the panel opens as
 * a user's does (its own process, nothing of the fill left in memory).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from '../support/launch-extension';
import { bundle } from './bundle';
import { median, type Figure } from './stats';

export interface PanelOpenOptions {
  seed: number;
  now: number;
  /** Notes stored for the budgeted figures (the "a year of data": 100k notes, 60 residents). */
  notes: number;
  /** Other numbers of notes over the same year, for the growth figures. */
  growth: readonly number[];
  /** Opens per size (the first is the one after the restart). */
  opens: number;
  /** Progress, one line per size: a million notes take minutes to store. */
  log?: (line: string) => void;
}

interface Filled {
  notes: number;
  residents: number;
  days: number;
  rollups: number;
  ms: number;
}

interface Opened {
  filled: Filled;
  /** Navigation start to the frame that paints the first chart, per open. */
  firstChart: number[];
  /** Navigation start to the frame that shows the coaching sessions' before and after (the last section to settle). */
  coachingShown: number[];
  /** JS heap of the panel once it has worked everything out, on the first open, and after a GC. */
  heapMb: { used: number; total: number; retained: number };
  /** Milliseconds per segment switch, when asked for. */
  switches?: number[];
}

const BUDGET_MS = 1000;
const BUDGET_MB = 150;
const MB = 1024 * 1024;

export async function benchPanelOpen(o: PanelOpenOptions): Promise<Figure[]> {
  const main = await openAt(o, o.notes, true);
  const others = [];
  for (const n of o.growth) others.push(await openAt(o, n, false));
  const t = median(main.firstChart);
  const { filled } = main;
  const year = `${filled.notes} notes, ${filled.residents} residents, ${filled.days} days`;
  const figures: Figure[] = [
    { figure: `side panel open to the first chart drawn (${year}; median of ${main.firstChart.length} opens)`, value: t, unit: 'ms', budget: '≤ 1 s', ok: t <= BUDGET_MS },
    {
      figure: `side panel memory, JS heap once everything is worked out (${filled.notes} notes)`,
      value: main.heapMb.used,
      unit: 'MB',
      baseline: main.heapMb.retained,
      ratio: main.heapMb.used / main.heapMb.retained,
      budget: '≤ 150 MB (baseline: what it keeps after a GC)',
      ok: main.heapMb.used <= BUDGET_MB && main.heapMb.total <= BUDGET_MB,
    },
    {
      figure: `side panel open until the coaching sessions' before and after are shown (4 sessions over the year)`,
      value: median(main.coachingShown),
      unit: 'ms',
      baseline: t,
      ratio: median(main.coachingShown) / t,
      budget: 'reported (baseline: the first chart)',
      ok: Number.isFinite(median(main.coachingShown)),
    },
  ];
  const switches = main.switches!;
  const slowest = Math.max(...switches);
  figures.push({
    figure: `chart switched to each of ${switches.length} segments (a year of weekly points each), slowest`,
    value: slowest,
    unit: 'ms',
    baseline: median(switches),
    ratio: slowest / median(switches),
    budget: '≤ 100 ms per switch (baseline: the median switch)',
    ok: slowest <= 100,
  });
  for (const other of others) {
    const v = median(other.firstChart);
    const more = other.filled.notes > filled.notes;
    figures.push({
      figure: `side panel open with ${other.filled.notes} notes over the same ${other.filled.days} days (${other.filled.rollups} roll-up rows), against ${filled.notes} notes (${filled.rollups} rows)`,
      value: v,
      unit: 'ms',
      baseline: t,
      ratio: v / t,
      // The open reads roll-ups (days × segments), never notes: ten times the notes must not cost
      // anything like ten times the time. A thinner year has fewer segments a day, so it is cheaper.
      budget: more ? '≤ 1.5× (grows with days shown, not notes)' : 'reported (fewer notes: ≤ 1×)',
      ok: more ? v / t <= 1.5 : Number.isFinite(v),
    });
  }
  return figures;
}

/** Fills a fresh profile with `notes` over the demo year, restarts the browser, opens the panel `o.opens` times. */
async function openAt(o: PanelOpenOptions, notes: number, withSwitches: boolean): Promise<Opened> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rl-bench-panel-'));
  try {
    let ext = await launchExtension({ userDataDir: dir });
    let filled: Filled;
    try {
      const filler = await ext.context.newPage();
      // An extension page that reads nothing, so the fill is not watched by the panel's live queries.
      await filler.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
      await filler.evaluate(await bundle('tests/bench/panel-probe.ts'));
      filled = await filler.evaluate(
        ([seed, now, n]) => (globalThis as unknown as { __rlPanelBench: { fill(...a: number[]): Promise<Filled> } }).__rlPanelBench.fill(seed, now, n),
        [o.seed, o.now, notes] as const,
      );
    } finally {
      await ext.close();
    }
    ext = await launchExtension({ userDataDir: dir });
    try {
      const opened = { filled, ...(await openPanel(ext, o.opens, withSwitches)) };
      o.log?.(`side panel: ${filled.notes} notes (${filled.rollups} roll-up rows) stored in ${(filled.ms / 1000).toFixed(0)} s; first chart at ${opened.firstChart.map((t) => t.toFixed(0)).join(', ')} ms; coaching at ${opened.coachingShown.map((t) => t.toFixed(0)).join(', ')} ms`);
      return opened;
    } finally {
      await ext.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function openPanel(ext: LaunchedExtension, opens: number, withSwitches: boolean): Promise<Omit<Opened, 'filled'>> {
  const page = await ext.context.newPage();
  // Stamps the frame in which the first chart's canvas is painted (a rAF callback runs just before
  // that frame's paint), from inside the page: polling from Playwright would wait behind whatever
  // the panel works out after the chart.
  await page.addInitScript(() => {
    new MutationObserver((_m, observer) => {
      if (!document.querySelector('[data-testid="spc-chart"] canvas')) return;
      observer.disconnect();
      requestAnimationFrame(() => ((window as unknown as { __rlFirstChart: number }).__rlFirstChart = performance.now()));
    }).observe(document, { childList: true, subtree: true });
    new MutationObserver((_m, observer) => {
      if (!document.querySelector('[data-testid="coaching-change"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => ((window as unknown as { __rlCoaching: number }).__rlCoaching = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)!.value / MB;
    return { used: get('JSHeapUsedSize'), total: get('JSHeapTotalSize') };
  };
  const url = `chrome-extension://${ext.extensionId}/sidepanel.html`;
  const firstChart: number[] = [];
  const coachingShown: number[] = [];
  let heapMb: Opened['heapMb'] | undefined;
  for (let i = 0; i < opens; i++) {
    await (i === 0 ? page.goto(url) : page.reload());
    const stamp = await page.waitForFunction(() => (window as unknown as { __rlFirstChart?: number }).__rlFirstChart, undefined, { timeout: 120_000 });
    firstChart.push((await stamp.jsonValue()) as number);
    // Settled: the drift warnings (every measure in every segment) and the coaching sessions judged
    // over their notes are the last work of opening.
    await page.getByTestId('drift-warnings').waitFor({ timeout: 120_000 });
    const coached = await page.waitForFunction(() => (window as unknown as { __rlCoaching?: number }).__rlCoaching, undefined, { timeout: 120_000 });
    coachingShown.push((await coached.jsonValue()) as number);
    if (i === 0) {
      const settled = await heap();
      await cdp.send('HeapProfiler.collectGarbage');
      heapMb = { ...settled, retained: (await heap()).used };
    }
  }
  const switches = withSwitches ? await switchSegments(page) : undefined;
  await page.close();
  return { firstChart, coachingShown, heapMb: heapMb!, ...(switches ? { switches } : {}) };
}

/** The chart switched through every segment of the vague-notes measure, each until two frames later. */
async function switchSegments(page: Page): Promise<number[]> {
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  return page.evaluate<number[]>(`(async () => {
    const select = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('Segment')).querySelector('select');
    const times = [];
    for (const option of [...select.options].slice(1)) {
      const t0 = performance.now();
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t0);
    }
    return times;
  })()`);
}
