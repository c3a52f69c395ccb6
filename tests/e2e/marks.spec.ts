import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeOverlay, overlayCall, overlayQuery } from './overlay-world';

// The marks live in a closed shadow root, which Playwright's selectors cannot enter: they are read
// from the content script's world (overlay-world.ts), and driven with the real mouse and keyboard.
const marksOf = (page: Page) => overlayQuery(page, 'button.mark');
const one = async (page: Page, selector: string) => (await overlayQuery(page, selector))[0];
const centre = (b: { x: number; y: number; width: number; height: number }) => [b.x + b.width / 2, b.y + b.height / 2] as const;

const boxesOf = (page: Page, n: number) =>
  page.locator('tr.note-row').evaluateAll(
    (rows, n) =>
      rows.slice(0, n).map((r) => {
        const b = r.getBoundingClientRect();
        return [b.x, b.y, b.width, b.height];
      }),
    n,
  );

test('Harbour: each captured note gets a labelled mark that never moves the page', async ({ ext, careSystem }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  await expect(page.locator('tr.note-row')).toHaveCount(50);
  await expect.poll(async () => (await marksOf(page)).length).toBe(50);
  await expect.poll(async () => (await marksOf(page))[0]!.visible).toBe(true);

  // Colour is never alone: every label names its band and score.
  for (const { text } of await marksOf(page)) expect(text).toMatch(/^(Weak|Fair|OK) \d+/);

  // The page's own layout is the same with and without the marks (taking the host away is
  // deterministic, where racing the first capture for a "before" reading would not be).
  const withMarks = await boxesOf(page, 10);
  await page.evaluate(() => document.querySelector('record-lens-marks')!.remove());
  const withoutMarks = await boxesOf(page, 10);
  expect(withMarks).toEqual(withoutMarks);
  expect(await page.locator('tr.note-row').first().textContent()).not.toContain('Weak');
});

test('Harbour: marks are reachable by keyboard, explain themselves, pass axe and can be switched off', async ({ ext, careSystem }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  await expect.poll(async () => (await marksOf(page)).length).toBe(50);

  const labels = (await marksOf(page)).map((m) => m.text);
  const i = labels.findIndex((l) => /vague/.test(l));
  expect(i).toBeGreaterThanOrEqual(0);
  await page.locator('tr.note-row').nth(i).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await marksOf(page))[i]!.visible).toBe(true);
  // Tab from the control before it: the toggle for the first mark, else the previous mark.
  await (i === 0 ? overlayCall(page, 'button.toggle', 0, 'focus') : overlayCall(page, 'button.mark', i - 1, 'focus'));
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await marksOf(page))[i]!.focused).toBe(true);
  await expect.poll(async () => (await one(page, '[role="tooltip"]'))!.visible).toBe(true);
  const tip = (await one(page, '[role="tooltip"]'))!;
  expect(tip.text).toContain('vague');
  expect(tip.text).toContain('stock phrases');
  expect((await marksOf(page))[i]!.attrs['aria-describedby']).toBe(tip.attrs.id);

  expect(await axeOverlay(page, 'record-lens-marks')).toEqual([]);

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await one(page, '[role="tooltip"]'))!.visible).toBe(false);

  expect((await one(page, 'button.toggle'))!.attrs['aria-pressed']).toBe('true');
  await overlayCall(page, 'button.toggle', 0, 'focus');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await one(page, 'button.toggle'))!.attrs['aria-pressed']).toBe('false');
  expect((await one(page, 'button.toggle'))!.text).toBe('Record Lens marks: off');
  await expect.poll(async () => (await marksOf(page)).filter((m) => m.visible).length).toBe(0);

  // The page can neither see into the marks nor keep the choice: nothing in its storage, and the
  // choice lasts for this page visit only (a reload shows the marks again).
  expect(await page.evaluate(() => document.querySelector('record-lens-marks')!.shadowRoot)).toBeNull();
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => /record/i.test(k)))).toEqual([]);
  await page.reload();
  await expect.poll(async () => (await marksOf(page)).length).toBe(50);
  await expect.poll(async () => (await one(page, 'button.toggle'))!.attrs['aria-pressed']).toBe('true');
  // The real mouse switches them off (a page script's click would not: hostile-text.spec.ts).
  await page.mouse.click(...centre((await one(page, 'button.toggle'))!.box));
  await expect.poll(async () => (await one(page, 'button.toggle'))!.attrs['aria-pressed']).toBe('false');
  await expect.poll(async () => (await marksOf(page)).filter((m) => m.visible).length).toBe(0);
});

test('Willow: marks follow the feed as it loads on scroll', async ({ ext, careSystem }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/willow/residents/R003`);
  await expect(page.locator('article.wl-card')).toHaveCount(30);
  await expect.poll(async () => (await marksOf(page)).length).toBe(30);
  await page.locator('.wl-sentinel').scrollIntoViewIfNeeded();
  await expect(page.locator('article.wl-card')).toHaveCount(60);
  await expect.poll(async () => (await marksOf(page)).length).toBe(60);
  // A mark sits on its card's right edge, within the card's height.
  const card = await page.locator('article.wl-card').last().boundingBox();
  await page.locator('article.wl-card').last().scrollIntoViewIfNeeded();
  const lastCard = (await page.locator('article.wl-card').last().boundingBox())!;
  expect(card).not.toBeNull();
  // Placed on the next animation frame after the scroll.
  await expect
    .poll(async () => {
      const last = (await marksOf(page)).at(-1)!;
      const b = last.box;
      return last.visible && b.y >= lastCard.y && b.y < lastCard.y + lastCard.height && b.x + b.width <= lastCard.x + lastCard.width + 1;
    })
    .toBe(true);
});
