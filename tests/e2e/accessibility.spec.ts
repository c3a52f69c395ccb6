import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the element is focused (a date input has tab stops inside it). */
async function tabUntil(page: Page, selector: string) {
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the side panel passes axe (WCAG 2.2 AA) empty and full, and works by keyboard', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R010/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('total-notes')).toHaveText('50');

  const audit = async () =>
    (await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(await audit()).toEqual([]);

  // The panel is long: a keyboard user jumps to a section from the links at the top.
  await panel.getByRole('navigation', { name: 'Sections of this panel' }).getByRole('link', { name: 'Care plans' }).focus();
  await panel.keyboard.press('Enter');
  await expect(panel).toHaveURL(/#backlog-title$/);
  await expect(panel.getByRole('heading', { name: 'Care-plan backlog' })).toBeInViewport();

  // Keyboard only: open the figures, fill the baseline form and save it.
  await panel.getByText('Figures behind the chart').focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('weekly-table')).toBeVisible();
  // Day and month equal, so the keystrokes mean the same date whatever order the browser's
  // locale puts the date segments in.
  await panel.getByLabel('Baseline starts').focus();
  await panel.keyboard.type('02022026');
  await tabUntil(panel, 'input[name="baselineEnd"]');
  await panel.keyboard.type('03032026');
  await tabUntil(panel, 'button[type="submit"]');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Saved.');
  await expect(panel.getByTestId('baseline-summary')).toContainText('Baseline 2026-02-02 to 2026-03-03');
  expect(await audit()).toEqual([]);
});

test('the empty side panel says what to do next and passes axe', async ({ ext }) => {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await expect(panel.getByText('Nothing captured from this tab yet')).toBeVisible();
  await expect(panel.getByText('No notes captured yet: open a resident')).toBeVisible();
  const { violations } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
