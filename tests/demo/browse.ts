import type { Page } from '@playwright/test';

/** Waits until the side panel's stored-notes total reaches at least `n`. */
async function waitForStored(panel: Page, n: number) {
  await panel.waitForFunction(
    (min) => Number(document.querySelector('[data-testid="total-notes"]')?.textContent ?? 0) >= min,
    n,
    { timeout: 20_000, polling: 50 },
  );
}

const storedNow = async (panel: Page) =>
  Number((await panel.getByTestId('total-notes').textContent({ timeout: 10_000 }).catch(() => '0')) ?? 0);

/** Pages through every daily-notes page of one Harbour resident, then opens the care plan. */
export async function browseHarbourResident(page: Page, panel: Page, base: string): Promise<number> {
  let pages = 0;
  let url: string | null = `${base}/notes`;
  while (url) {
    const before = await storedNow(panel);
    await page.goto(url);
    const rows = await page.locator('tr.note-row').count();
    await waitForStored(panel, before + rows);
    pages += 1;
    const next = page.locator('a[rel="next"]');
    url = (await next.count()) ? new URL((await next.getAttribute('href'))!, page.url()).href : null;
  }
  await page.goto(`${base}/care-plan`);
  await page.locator('tr.cp-section').first().waitFor();
  return pages;
}

/** Scrolls a Willow feed a few times (each scroll loads 30 more), then opens the care-plan tab. */
export async function browseWillowResident(page: Page, panel: Page, url: string, scrolls = 5): Promise<number> {
  const before = await storedNow(panel);
  await page.goto(url);
  const cards = page.locator('article.wl-card');
  await cards.first().waitFor();
  for (let i = 1; i <= scrolls; i++) {
    await page.locator('.wl-sentinel').scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('article.wl-card').length >= n, 30 * (i + 1));
  }
  const count = await cards.count();
  await waitForStored(panel, before + count);
  await page.getByRole('tab', { name: 'Care plan' }).click();
  await page.locator('li.wl-plan-item').first().waitFor();
  return count;
}
