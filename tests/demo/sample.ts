import type { Page } from '@playwright/test';
import { overlayQuery } from '../e2e/overlay-world';

/**
 * A deputy samples the notes page open in the tab: Record Lens draws the notes, rings each in the
 * page; the demo deputy agrees with every flag and adds "No outcome" where the engine did not
 * flag it. Takes a screenshot of the page and the panel mid-sample.
 */
export async function sampleNotesPage(page: Page, panel: Page, size: number, shots: { page: string; panel: string }): Promise<string> {
  await page.locator('tr.note-row').first().waitFor();
  await panel.locator(`[data-testid="this-page"][data-url="${page.url()}"]`).waitFor();
  const start = panel.getByTestId('sample-start');
  await start.getByLabel('Notes to sample').fill(String(size));
  await start.getByRole('button', { name: 'Sample this page' }).click();
  const position = panel.getByTestId('sample-position');
  for (let i = 1; i <= size; i++) {
    await position.filter({ hasText: `Note ${i} of ${size}` }).waitFor();
    const form = panel.getByTestId('sample-note');
    await form.waitFor();
    const flags = form.locator('fieldset.verdict');
    for (let f = 0; f < (await flags.count()); f++) await flags.nth(f).getByLabel('Agree', { exact: true }).check();
    const noOutcome = form.locator('fieldset.own-flags').getByLabel('No outcome', { exact: true });
    if (i === 1 && (await noOutcome.count())) await noOutcome.check();
    if (i === 2) {
      // The ring is in the marks' closed shadow root: wait for it from the content script's world.
      for (let t = 0; t < 100 && !(await overlayQuery(page, '.ring'))[0]?.visible; t++) await page.waitForTimeout(100);
      await page.screenshot({ path: shots.page });
      await panel.screenshot({ path: shots.panel });
    }
    await form.getByRole('button', { name: i === size ? 'Save and finish' : 'Save and next' }).click();
  }
  return (await panel.getByTestId('sample-saved').textContent()) ?? '';
}
