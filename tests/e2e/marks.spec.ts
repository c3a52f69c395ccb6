import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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
  const host = page.locator('record-lens-marks');
  const marks = host.locator('button.mark');
  await expect(marks).toHaveCount(50);
  await expect(marks.first()).toBeVisible();

  // Colour is never alone: every label names its band and score.
  for (const label of await marks.allTextContents()) expect(label).toMatch(/^(Weak|Fair|OK) \d+/);

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
  const host = page.locator('record-lens-marks');
  const marks = host.locator('button.mark');
  await expect(marks).toHaveCount(50);

  const labels = await marks.allTextContents();
  const i = labels.findIndex((l) => /vague/.test(l));
  expect(i).toBeGreaterThanOrEqual(0);
  await page.locator('tr.note-row').nth(i).scrollIntoViewIfNeeded();
  const vague = marks.nth(i);
  await expect(vague).toBeVisible();
  // Tab from the control before it: the toggle for the first mark, else the previous mark.
  await (i === 0 ? host.locator('button.toggle') : marks.nth(i - 1)).focus();
  await page.keyboard.press('Tab');
  await expect(vague).toBeFocused();
  const tip = host.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('vague');
  await expect(tip).toContainText('stock phrases');
  await expect(vague).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('record-lens-marks').analyze();
  expect(axe.violations).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  const toggle = host.locator('button.toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText('Record Lens marks: off');
  await expect(host.locator('button.mark:visible')).toHaveCount(0);

  // The choice holds for this tab's session.
  await page.reload();
  await expect(host.locator('button.mark')).toHaveCount(50);
  await expect(host.locator('button.toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(host.locator('button.mark:visible')).toHaveCount(0);
  await host.locator('button.toggle').click();
  await expect(host.locator('button.mark:visible').first()).toBeVisible();
});

test('Willow: marks follow the feed as it loads on scroll', async ({ ext, careSystem }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/willow/residents/R003`);
  await expect(page.locator('article.wl-card')).toHaveCount(30);
  const marks = page.locator('record-lens-marks button.mark');
  await expect(marks).toHaveCount(30);
  await page.locator('.wl-sentinel').scrollIntoViewIfNeeded();
  await expect(page.locator('article.wl-card')).toHaveCount(60);
  await expect(marks).toHaveCount(60);
  // A mark sits on its card's right edge, within the card's height.
  const card = await page.locator('article.wl-card').last().boundingBox();
  await page.locator('article.wl-card').last().scrollIntoViewIfNeeded();
  const lastCard = (await page.locator('article.wl-card').last().boundingBox())!;
  const lastMark = (await marks.last().boundingBox())!;
  expect(card).not.toBeNull();
  expect(lastMark.y).toBeGreaterThanOrEqual(lastCard.y);
  expect(lastMark.y).toBeLessThan(lastCard.y + lastCard.height);
  expect(lastMark.x + lastMark.width).toBeLessThanOrEqual(lastCard.x + lastCard.width + 1);
});
