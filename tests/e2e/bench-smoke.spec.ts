import { expect, test } from '@playwright/test';
import { runBench } from '../bench/run-bench';

/**
 * The benchmark at tiny sizes, so `npm run bench` cannot rot unnoticed. It checks that every
 * figure is measured, not the budgets: speed on a shared machine is for the benchmark itself.
 */
test('the benchmark runs end to end and measures every figure against its baseline', async () => {
  test.setTimeout(120_000);
  const figures = await runBench({ quick: true });
  expect(figures.map((f) => f.figure)).toEqual([
    'extraction of a 200-note page',
    'longest page task while capturing 200 notes',
    'page load of a 50-note page with the extension (load event)',
    'page main-thread CPU until the load event, 50-note page',
    'page main-thread CPU to 1 s after load (capture included), 50-note page',
    'page load of a 200-note page with the extension (load event)',
    'page main-thread CPU until the load event, 200-note page',
    'page main-thread CPU to 1 s after load (capture included), 200-note page',
    'ingest of 1000 notes (validate, dedupe, score, store, roll-ups)',
    'ingest against raw bulkPut of the extracted notes into a table with no index',
    'quality scoring incl. copy-forward, 5000 notes',
    expect.stringMatching(/^side panel measures from \d+ roll-up rows \(5000 notes\)$/),
    'time to re-score stored history (1000 notes) after a rules change',
    're-score throughput over stored history',
    expect.stringMatching(/^side panel open to the first chart drawn \(1000 notes, \d+ residents, \d+ days; median of 3 opens\)$/),
    'side panel memory, JS heap once everything is worked out (1000 notes)',
    "side panel open until the coaching sessions' before and after are shown (4 sessions over the year)",
    expect.stringMatching(/^chart switched to each of \d+ segments \(a year of weekly points each\), slowest$/),
    expect.stringMatching(/^side panel open with 300 notes over the same \d+ days \(\d+ roll-up rows\), against 1000 notes \(\d+ rows\)$/),
    'capture script (injected after the page has loaded), gzipped',
  ]);
  for (const f of figures) expect(Number.isFinite(f.value)).toBe(true);
  for (const f of figures.filter((x) => x.baseline !== undefined)) expect(f.ratio).toBeGreaterThan(0);
});
