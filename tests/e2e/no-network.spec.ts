/**
 * "Nothing leaves the device", tested: every request made by every context (the care-system tabs
 * with our content script in them, the service worker, the side panel, options and evidence pack
 * pages) during a short real session goes to the extension itself, to data:/blob:, or to the care
 * system the user opened. The extension pages also run under the strict CSP from wxt.config.ts
 * without a single `securitypolicyviolation`.
 *
 * Playwright reports Chromium service-worker requests through `context.on('request')`
 * (`request.serviceWorker()`), unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set; a fetch
 * made by the worker below proves the recorder sees them. The worker's own start-up (loading
 * background.js) happens inside the fixture, before the recorder is attached; likewise a tab the
 * extension opens itself may load before Playwright attaches (the pack is reloaded for that reason).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { EXTENSION_DIR } from '../support/launch-extension';
import { londonDay } from '../support/london-day';
import { agreeWithEveryFlag, captured, expect, test } from './fixtures';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

const DAY = 86_400_000;
/** Never resolvable (RFC 2606): used once, to prove the CSP refuses a fetch to anywhere else. */
const CANARY = 'https://record-lens-canary.invalid/beacon';

test('a session sends nothing anywhere but the care system it reads, and the pages run under the strict CSP', async ({ ext, careSystem, openSidePanel }) => {
  test.setTimeout(90_000);
  const careOrigin = new URL(careSystem.url).origin;
  const extensionOrigin = `chrome-extension://${ext.extensionId}`;

  // Every request, labelled with the context that made it.
  const seen: { url: string; context: string }[] = [];
  const contextOf = (r: Request): string => {
    if (r.serviceWorker()) return 'service worker';
    let url = r.url(); // a navigation is labelled by where it goes (its page may still be about:blank)
    if (!r.isNavigationRequest()) {
      try {
        url = r.frame().page().url();
      } catch {
        // no frame: keep the request's own URL
      }
    }
    if (url.startsWith(extensionOrigin)) return new URL(url).pathname.slice(1); // sidepanel.html, options.html, ...
    return url.startsWith(careOrigin) ? 'care-system tabs' : `other (${url})`;
  };
  ext.context.on('request', (r) => seen.push({ url: r.url(), context: contextOf(r) }));

  // Every CSP violation in every page, from before the page's first script runs.
  await ext.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push({ page: location.href, directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  const violationsIn = (p: Page) => p.evaluate(() => window.__cspViolations ?? null);

  // The journey: a notes page and a care plan read, the side panel's overview, a short sample of
  // notes (ringed in the page), a short history capture, the options page and the evidence pack.
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await page.goto(`${careSystem.url}/harbour/residents/R001/care-plan`);
  await expect(panel.getByTestId('page-sections')).toHaveText('8');
  await page.goto(`${careSystem.url}/willow/residents/R003`);
  await captured(panel, page);
  await expect(panel.getByTestId('total-residents')).toHaveText('2');
  await panel.getByText('Figures behind the chart').first().click();

  await page.goto(`${careSystem.url}/harbour/residents/R002/notes`);
  await captured(panel, page);
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('2');
  await start.getByRole('button', { name: 'Sample this page' }).click();
  for (const [i, last] of [[1, false], [2, true]] as const) {
    await expect(panel.getByTestId('sample-position')).toHaveText(`Note ${i} of 2`);
    const form = await agreeWithEveryFlag(panel);
    await form.getByRole('button', { name: last ? 'Save and finish' : 'Save and next' }).click();
  }
  await expect(panel.getByTestId('sample-saved')).toBeVisible();

  await page.goto(`${careSystem.url}/harbour/residents/R010/notes`);
  await captured(panel, page);
  const history = panel.getByTestId('history-capture');
  await history.getByLabel('Capture from').fill(londonDay(careSystem.data.now - 12 * DAY));
  await history.getByLabel('Seconds between pages').fill('0.25');
  await history.getByRole('button', { name: 'Capture history' }).click();
  await expect(panel.getByTestId('history-job')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });

  const options = await ext.context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  const harbour = options.locator('[data-testid="recipe-row"][data-recipe-id="harbour-demo"]');
  await Promise.all([options.waitForEvent('download'), harbour.getByRole('button', { name: /^Export/ }).click()]);

  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  await expect(pack.getByTestId('evidence-pack')).toBeVisible();
  // A tab the extension opens itself (tabs.create) can finish loading before Playwright attaches to
  // it, and its first requests then go unseen: load the pack again, with the recorder attached.
  await pack.reload();
  await expect(pack.getByTestId('evidence-pack')).toBeVisible();
  await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Download the figures (CSV)' }).click()]);

  // The recorder sees the service worker: the worker fetches one of its own files.
  await ext.worker.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.ok));
  await expect.poll(() => seen.filter((s) => s.context === 'service worker').length).toBeGreaterThan(0);

  // The CSP holds and breaks nothing: zod runs without its eval probe, and no page saw a violation.
  for (const p of [panel, options, pack]) {
    expect(await violationsIn(p), `CSP violations in ${p.url()}`).toEqual([]);
    expect(await p.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless)).toBe(true);
  }
  expect(await ext.worker.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless)).toBe(true);
  expect(await violationsIn(page), 'CSP violations in the care-system tab').toEqual([]);

  const counts = new Map<string, number>();
  for (const s of seen) counts.set(s.context, (counts.get(s.context) ?? 0) + 1);
  if (process.env.RECORD_LENS_LIST_REQUESTS) console.log(seen.map((s) => `${s.context}\t${s.url}`).join('\n'));
  console.log(`Requests seen, by context: ${JSON.stringify(Object.fromEntries(counts))}`);
  for (const ctx of ['sidepanel.html', 'options.html', 'evidence.html', 'care-system tabs', 'service worker']) {
    expect(counts.get(ctx) ?? 0, `the recorder saw no request from ${ctx}: it is not recording`).toBeGreaterThan(0);
  }
  const allowed = (url: string) =>
    url.startsWith(`${extensionOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(`${careOrigin}/`);
  expect(seen.filter((s) => !allowed(s.url)), 'requests that left the extension and the care system').toEqual([]);

  // Last, the negative: a page of ours trying to send something away is refused by the CSP.
  const before = seen.length;
  const outcome = await options.evaluate((url) => fetch(url, { method: 'POST', body: 'x' }).then(() => 'sent', () => 'refused'), CANARY);
  expect(outcome).toBe('refused');
  await expect.poll(() => violationsIn(options)).toEqual([expect.objectContaining({ directive: 'connect-src', blocked: CANARY })]);
  console.log(`The canary fetch to ${CANARY} was refused by the CSP; requests the recorder saw for it: ${seen.slice(before).filter((s) => s.url === CANARY).length}`);
});

test('the built extension asks for what src/manifest.test.ts pins, plus the demo build\'s loopback grant', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // What WXT adds on top of wxt.config.ts: the entrypoints, and nothing that widens access.
  expect(Object.keys(manifest).sort()).toEqual(
    [
      'action', 'background', 'content_security_policy', 'description', 'externally_connectable', 'host_permissions',
      'manifest_version', 'name', 'optional_host_permissions', 'options_ui', 'permissions', 'side_panel', 'version',
    ].sort(),
  );
  expect(manifest.permissions).toEqual(['unlimitedStorage', 'scripting', 'activeTab', 'storage', 'sidePanel']);
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.externally_connectable).toEqual({ ids: [] });
  expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toMatch(/^default-src 'self'; script-src 'self'; object-src 'none';/);
});
