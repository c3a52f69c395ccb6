import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { captured, expect, test } from './fixtures';

/** Opens a "what this means and what to do" disclosure from the keyboard, and checks it says both. */
async function openByKeyboard(page: Page, help: Locator, key: 'Enter' | ' ' = 'Enter') {
  const summary = help.locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press(key === ' ' ? 'Space' : key);
  await expect(help).toHaveAttribute('open', '');
  await expect(help).toContainText('What to do:');
}

test('with nothing stored, every section, the evidence pack and the settings say what to do next', async ({ ext, careSystem, openSidePanel }) => {
  // A page of the care system that no recipe knows (the demo's home page).
  const home = await ext.context.newPage();
  await home.goto(`${careSystem.url}/`);
  const panel = await openSidePanel(home);
  const thisPage = panel.getByTestId('this-page-empty');
  await expect(thisPage).toHaveAttribute('data-why', 'page-not-known');
  await expect(thisPage).toContainText("Open a resident's daily notes or care plan; if this page shows records, teach it");
  await expect(panel.getByTestId('sample-start')).toContainText('Open a page of notes Record Lens has read to sample it.');
  await expect(panel.getByTestId('overview')).toContainText("No notes captured yet: open a resident's daily notes in your care system.");
  await expect(panel.getByTestId('backlog')).toContainText("No care plans read yet: open a resident's care plan in your care system.");
  await expect(panel.getByTestId('audit-results-empty')).toContainText('start one above, answer the checklist for each sampled record, then close the cycle');
  await expect(panel.getByTestId('agreement')).toContainText('No samples yet: open a resident');

  // The evidence pack with nothing in it says where its figures will come from.
  const [pack] = await Promise.all([ext.context.waitForEvent('page'), panel.getByTestId('open-evidence').click()]);
  await expect(pack.getByTestId('pack-empty')).toContainText("Open residents' daily notes and care plans in your care system");
  await expect(pack.getByTestId('pack-baseline')).toContainText('No baseline period has been set: set it in the side panel');
  await expect(pack.getByTestId('pack-no-intervention')).toContainText('add what changed, and when');
  await pack.close();

  // Every recipe switched off: the settings and the side panel both say how to start reading.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const switches = options.getByRole('checkbox', { name: /^Reads pages with / });
  // `all()` does not wait: the list is read from the store after the page shows.
  await expect(switches).toHaveCount(2);
  await expect(options.getByTestId('recipes-none-on')).toHaveCount(0);
  for (const box of await switches.all()) {
    await box.uncheck();
    await expect(box).not.toBeChecked();
  }
  await expect(options.getByTestId('recipes-none-on')).toContainText('No recipe is on, so Record Lens reads nothing.');
  await panel.reload();
  await expect(panel.getByTestId('this-page-empty')).toHaveAttribute('data-why', 'no-recipe-on');
  await expect(panel.getByTestId('this-page-empty')).toContainText('Switch yours on in Record Lens settings, Recipes, or teach this page');
});

test('help beside the spread, drift and agreement verdicts opens by keyboard', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R050/notes`);
  const panel = await openSidePanel(page);
  await captured(panel, page);
  await expect(panel.getByTestId('total-notes')).not.toHaveText('0');

  // A baseline makes the spread table and the drift check appear.
  const today = new Date();
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel('Baseline starts').fill(day(120));
  await panel.getByLabel('Baseline ends').fill(day(30));
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  await openByKeyboard(panel, panel.getByTestId('spread-help'));
  await expect(panel.getByTestId('spread-help')).toContainText('gap');
  await openByKeyboard(panel, panel.getByTestId('drift-help'), ' ');
  await expect(panel.getByTestId('drift-help')).toContainText('dismiss the warning with the reason');

  // One sampled note, judged: the agreement verdicts get their help too.
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill('1');
  await start.getByRole('button', { name: 'Sample this page' }).click();
  const form = panel.getByTestId('sample-note');
  await expect(form).toBeVisible();
  const flags = form.locator('fieldset.verdict');
  for (let i = 0; i < (await flags.count()); i++) {
    // Each flag carries its own help, reachable from the keyboard, before it is judged.
    if (i === 0) await openByKeyboard(panel, flags.nth(i).getByTestId('help'));
    await flags.nth(i).getByLabel('Agree', { exact: true }).check();
  }
  await form.getByRole('button', { name: 'Save and finish' }).click();
  const agreement = panel.getByTestId('agreement');
  await expect(agreement.getByTestId('agreement-table')).toBeVisible();
  const verdictHelp = agreement.getByTestId('help').filter({ has: panel.locator('summary', { hasText: "What each rule's verdict means" }) });
  await openByKeyboard(panel, verdictHelp);
  await expect(verdictHelp).toContainText('Too few samples yet');
  // The open disclosures keep the panel accessible.
  const { violations } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
