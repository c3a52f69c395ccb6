import type { Page } from '@playwright/test';

/**
 * A quality lead reads the home's own audit results, then runs a short documentation audit of
 * the last four weeks: each sampled note opens in the care system beside the checklist.
 */
export async function runAudit(page: Page, panel: Page, careSystemUrl: string, size: number, shot: string): Promise<string> {
  await page.goto(`${careSystemUrl}/harbour/audits`);
  await panel.getByTestId('care-system-audits').waitFor();
  const start = panel.getByTestId('audit-start');
  await start.getByLabel('Records to sample').fill(String(size));
  await start.getByRole('button', { name: 'Start audit cycle' }).click();
  for (let n = 1; n <= size; n++) {
    await panel.getByTestId('audit-position').filter({ hasText: `Record ${n} of ${size}` }).waitFor();
    const questions = panel.getByTestId('audit-record').locator('fieldset');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      // The demo auditor agrees with the engine: "Partly" where it flagged something relevant.
      const hinted = await questions.nth(i).getByTestId('audit-hint').count();
      await questions.nth(i).getByLabel(hinted ? 'Partly' : 'Yes', { exact: true }).check();
    }
    await panel.getByTestId('audit-saved').filter({ hasText: `Saved: ${count} of ${count}` }).waitFor();
    if (n === 1) await panel.getByTestId('audits').screenshot({ path: shot });
    if (n < size) await panel.getByRole('button', { name: 'Next record' }).click();
  }
  await panel.getByRole('button', { name: 'Close the cycle' }).click();
  return (await panel.getByTestId('audit-score').textContent()) ?? '';
}
