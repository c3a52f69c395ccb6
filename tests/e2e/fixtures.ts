import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startCareSystem } from '../care-systems/server';
import { launchExtension, tabIdOf, type LaunchedExtension } from '../support/launch-extension';

type CareSystem = Awaited<ReturnType<typeof startCareSystem>>;

/**
 * Each test gets a fresh Chromium profile with the built extension (so a fresh IndexedDB);
 * the demo care system is started once per worker, in this process.
 */
export const test = base.extend<
  { ext: LaunchedExtension; openSidePanel: (forPage: Page) => Promise<Page> },
  { careSystem: CareSystem }
>({
  careSystem: [
    async ({}, use) => {
      const system = await startCareSystem({ port: 0 });
      await use(system);
      await system.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const ext = await launchExtension();
    await use(ext);
    await ext.close();
  },
  openSidePanel: async ({ ext }, use) => {
    await use(async (forPage) => {
      const tabId = await tabIdOf(ext.worker, forPage.url());
      const panel = await ext.context.newPage();
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    });
  },
});

/** Waits until the side panel shows a capture of this page's current URL (as a reader would pause). */
export async function captured(panel: Page, page: Page): Promise<void> {
  await expect(panel.locator(`[data-testid="this-page"][data-url="${page.url()}"]`)).toBeVisible();
}

/**
 * Agrees with every flag on the sampled note on screen. Waits for that note's form first: after
 * "Save and next" the next note is read from the store, and counting its flags before its form
 * shows would count none (and the save would then be refused).
 */
export async function agreeWithEveryFlag(panel: Page): Promise<Locator> {
  const form = panel.getByTestId('sample-note');
  await expect(form).toBeVisible();
  const flags = form.locator('fieldset.verdict');
  for (let i = 0; i < (await flags.count()); i++) await flags.nth(i).getByLabel('Agree', { exact: true }).check();
  return form;
}

export { expect };
