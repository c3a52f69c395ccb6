import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { startCareSystem, type CareSystem } from '../care-systems/server';
import type { CareData } from '../care-systems/generator/types';
import { tabIdOf } from '../support/launch-extension';
import { readStore } from './support-db';
import { expect, test as base } from './fixtures';
import { inOverlayWorld, overlayQuery } from './overlay-world';

/**
 * Issue 8.3: page text is always text, and a hostile page cannot drive the overlay.
 *
 * The demo care system serves user-entered text the way a real one does: escaped in its own HTML
 * (tests/care-systems/server.test.ts, willow-render.test.ts), so it reaches the page as text.
 * Here that text is hostile: markup that runs script if anything ever parses it as HTML, a
 * `javascript:` "address", a 20,000-character note, control characters, bidi overrides and
 * surrogate pairs. It goes through the real extension: capture, marks and their tooltip, the side
 * panel (this page, sample, overview, backlog) and the evidence pack with its downloads.
 */

const IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = [
  `${IMG} refused breakfast`,
  '<script>window.__pwned=2</script>',
  '</script><script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
  '"><svg onload=window.__pwned=5>',
  `Long note. ${'Ate well, <b>slept</b> well; '.repeat(800)}`.slice(0, 20_000),
  // Every C0 control but newline (and NUL, which the HTML parser drops before any script sees it).
  `Controls:${Array.from({ length: 32 }, (_, c) => (c === 0 || c === 10 ? '' : String.fromCharCode(c))).join('')}:end`,
  'Bidi: \u202egnp.exe\u202c \u200fright\u200e \u2066isolate\u2069 \u202dforce\u202c \u061c',
  'Emoji: 👵🏽 ate 🍲 with family 👨‍👩‍👧 and 𝒜𝓁𝒻 — ⚠️',
];
const RESIDENT = 'R001';
const RESIDENT_NAME = `"><svg onload=window.__pwned=5> javascript:window.__pwned=4`;
const AUTHOR_NAME = '<script>window.__pwned=2</script> Carer';
const UNIT = `Oak "East", </script><script>window.__pwned=3</script>`;
const SECTION = `${IMG} Mobility`;

/** Puts the hostile set into R001's newest page of notes, their author, R001's name and unit, and a care-plan section. */
function poison(data: CareData): void {
  const resident = data.residents.find((r) => r.id === RESIDENT)!;
  resident.name = RESIDENT_NAME;
  (resident as { unit: string }).unit = UNIT;
  const newest = data.notes.filter((n) => n.residentId === RESIDENT).sort((a, b) => b.careAt - a.careAt);
  newest.forEach((n) => ((n as { unit: string }).unit = UNIT));
  // Every note of the first page is hostile (so any note drawn for a sample is), each different.
  newest.slice(0, 50).forEach((n, i) => (n.text = `${HOSTILE[i % HOSTILE.length]} (${i}) ${IMG}`));
  data.staff.find((s) => s.id === newest[0]!.authorId)!.name = AUTHOR_NAME;
  const plan = data.carePlans.find((p) => p.residentId === RESIDENT)!;
  const section = plan.sections[0]!;
  (section as { name: string }).name = SECTION;
  // Overdue, so the backlog lists it (with a link to the care plan).
  section.reviewDue = data.now - 5 * 86_400_000;
}

/** What the HTML parser keeps of a text node, then the extractor's cleaning (read-field.ts cleanText). */
const asStored = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '').replace(/\s+/g, ' ').trim();

const test = base.extend<{ hostile: CareSystem }>({
  hostile: async ({}, use) => {
    const system = await startCareSystem({ port: 0, mutate: poison });
    await use(system);
    await system.close();
  },
});

/** The checks that hold in every context: no script ran, nothing executable was built from the data. */
async function assertInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), `${where}: window.__pwned`).toBeUndefined();
  const built = await page.evaluate(() => {
    // The whole document, open shadow roots included (closed ones: overlayBuilt).
    const found: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('img[onerror], svg[onload], [onload], [onerror]')) found.push(el.outerHTML.slice(0, 80));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      for (const s of root.querySelectorAll('script')) if (/__pwned/.test(s.textContent ?? '')) found.push(`script: ${s.textContent?.slice(0, 60)}`);
      for (const a of root.querySelectorAll('a[href], [src]')) {
        const url = (a.getAttribute('href') ?? a.getAttribute('src') ?? '').trim();
        if (/^(javascript|data|vbscript):/i.test(url) || /__pwned/.test(url)) found.push(`address: ${url}`);
      }
    };
    walk(document);
    return found;
  });
  expect(built, `${where}: elements built from the data`).toEqual([]);
}

/** Inside our closed shadow roots (read from the content script's world): no executable element at all. */
async function overlayBuilt(page: Page): Promise<string[]> {
  return inOverlayWorld<string[]>(
    page,
    `(() => [...document.querySelectorAll('record-lens-marks, record-lens-builder')].flatMap((host) => {
      const root = chrome.dom.openOrClosedShadowRoot(host);
      return root ? [...root.querySelectorAll('img, svg, script, iframe, object, embed, a, [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 80)) : [];
    }))()`,
  );
}

test('hostile note text, names, unit and care-plan section stay text in the page, the marks, the side panel and the evidence pack', async ({ ext, hostile }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  ext.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(`${p.url()}: ${d.message()}`), void d.dismiss())));

  // --- The care-system page: captured, marked.
  const page = await ext.context.newPage();
  page.on('dialog', (d) => (dialogs.push(`page: ${d.message()}`), void d.dismiss()));
  await page.goto(`${hostile.url}/harbour/residents/${RESIDENT}/notes`);
  await expect(page.locator('tr.note-row')).toHaveCount(50);
  // The demo escapes in its own HTML: the hostile text arrives as text (as a real system shows it).
  await expect(page.locator('h1.resident-name')).toHaveText(RESIDENT_NAME);
  await expect(page.locator('tr.note-row .col-text').first()).toContainText('<img src=x onerror=');
  await expect.poll(async () => (await overlayQuery(page, 'button.mark')).length).toBe(50);

  // Hover a mark with the real mouse: its tooltip shows the note's reasons, as text.
  const weak = (await overlayQuery(page, 'button.mark')).findIndex((m) => m.visible && /Weak|Fair/.test(m.text));
  const target = weak >= 0 ? weak : 0;
  const box = (await overlayQuery(page, 'button.mark'))[target]!.box;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await overlayQuery(page, '[role="tooltip"]'))[0]?.visible).toBe(true);
  expect((await overlayQuery(page, '[role="tooltip"]'))[0]!.text).toMatch(/^Note quality \d+ of 100/);
  expect(await overlayBuilt(page)).toEqual([]);

  // A page script cannot read the marks or drive them: closed roots, untrusted events ignored.
  const fromPage = await page.evaluate(() => {
    const host = document.querySelector('record-lens-marks')!;
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return { shadowRoot: host.shadowRoot, text: host.textContent, storage: Object.keys(sessionStorage) };
  });
  expect(fromPage).toEqual({ shadowRoot: null, text: '', storage: [] });
  expect((await overlayQuery(page, '[role="tooltip"]'))[0]?.visible).toBe(true);
  // The care-system page's main world: nothing ran there either.
  await assertInert(page, 'care-system page');
  expect(await page.locator('img[onerror], svg[onload]').count()).toBe(0);

  // --- The side panel: this page, a sample of it, the overview.
  const tabId = await tabIdOf(ext.worker, page.url());
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.locator(`[data-testid="this-page"][data-url="${page.url()}"]`)).toBeVisible();
  await expect(panel.getByTestId('page-notes')).toHaveText('50');

  // Stored exactly: the extractor collapses whitespace (tab, CR, VT, FF and the newlines among the
  // controls) and trims; every other control character, bidi mark and surrogate pair is kept.
  const served = hostile.data.notes.filter((n) => n.residentId === RESIDENT).sort((a, b) => b.careAt - a.careAt).slice(0, 50);
  await expect.poll(async () => (await readStore<{ residentId?: string }>(panel, 'notes')).filter((n) => n.residentId === RESIDENT).length).toBe(50);
  const stored = await readStore<{ sourceId?: string; text: string; residentName: string; authorName?: string; unit?: string }>(panel, 'notes');
  for (const n of served) {
    const s = stored.find((x) => x.sourceId === n.id) ?? stored.find((x) => x.text === asStored(n.text));
    expect(s, `note ${n.id} stored`).toBeDefined();
    expect(s!.text).toBe(asStored(n.text));
    expect(s!.residentName).toBe(RESIDENT_NAME);
    expect(s!.unit).toBe(UNIT);
  }
  const kept = stored.map((s) => s.text).join('\n');
  for (const ch of ['\u202e', '\u200f', '\u2066', '\u061c', '\u0001', '\u001b', '\u001f', '👵🏽', '👨‍👩‍👧', '𝒜']) expect(kept, `keeps U+${ch.codePointAt(0)!.toString(16)}`).toContain(ch);
  expect(stored.some((s) => s.text.length === asStored(HOSTILE[5]!).length + ` (5) ${IMG}`.length)).toBe(true);
  expect(stored.find((s) => s.authorName?.startsWith('<script>'))?.authorName).toBe(AUTHOR_NAME);

  // A sample of the page: the note's text, its resident and author shown literally.
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('3');
  await start.getByRole('button', { name: 'Sample this page' }).click();
  const sampleText = panel.getByTestId('sample-note-text');
  await expect(sampleText).toContainText('<img src=x onerror=');
  await expect(panel.getByTestId('sample-note')).toContainText(RESIDENT_NAME);
  await expect.poll(async () => (await overlayQuery(page, '.ring'))[0]?.text).toBe('Sampling: note 1 of 3');
  expect(await overlayBuilt(page)).toEqual([]);

  // The care plan (a hostile section name), then the backlog lists it with its resident.
  await page.goto(`${hostile.url}/harbour/residents/${RESIDENT}/care-plan`);
  await expect(panel.locator(`[data-testid="this-page"][data-url="${page.url()}"]`)).toBeVisible();
  const backlog = panel.getByTestId('backlog');
  await expect(backlog).toContainText(SECTION);
  await expect(backlog).toContainText(RESIDENT_NAME);
  // Its link is the care plan's own http address, whatever the resident is called.
  expect(await backlog.locator('a[href]').first().getAttribute('href')).toBe(page.url());
  await assertInert(page, 'care-plan page');

  const panelText = (await panel.locator('main').textContent())!;
  expect(panelText).toContain('<img src=x onerror=');
  await assertInert(panel, 'side panel');

  // --- The evidence pack, its page and its downloads.
  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  pack.on('dialog', (d) => (dialogs.push(`pack: ${d.message()}`), void d.dismiss()));
  await expect(pack.getByTestId('evidence-pack')).toBeVisible();
  await expect(pack.getByTestId('evidence-pack')).toContainText(SECTION);
  await expect(pack.getByTestId('evidence-pack')).not.toContainText(RESIDENT_NAME);
  await assertInert(pack, 'evidence pack');
  const [csv] = await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Download the figures (CSV)' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  const rows = Papa.parse<string[]>(csvText.trim(), { skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(new Set(rows.data.map((r) => r.length)).size).toBe(1);
  const [json] = await Promise.all([pack.waitForEvent('download'), pack.getByRole('button', { name: 'Download the figures (JSON)' }).click()]);
  const parsed: unknown = JSON.parse(await readFile(await json.path(), 'utf8'));
  const strings: string[] = [];
  const walk = (v: unknown): void => void (typeof v === 'string' ? strings.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
  walk(parsed);
  // Wherever a hostile name is carried into the pack, it is the same string as on the page (never
  // re-encoded, never cut into markup).
  const mentions = [...strings, ...rows.data.flat()].filter((s) => s.includes('__pwned'));
  // The overdue section is named in the pack (page and JSON); residents appear as codes only.
  expect(mentions).toContain(SECTION);
  for (const s of mentions) expect([UNIT, SECTION, RESIDENT_NAME, AUTHOR_NAME].some((h) => s.includes(h)), s).toBe(true);
  await assertInert(pack, 'evidence pack after downloads');
  await assertInert(panel, 'side panel at the end');
  await assertInert(page, 'care-system page at the end');
  expect(dialogs).toEqual([]);
});
