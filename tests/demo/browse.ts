import type { Page } from '@playwright/test';

type Total = 'total-notes' | 'total-sections';

/** Waits until a total in the side panel reaches at least `n`: the capture has been stored. */
async function waitForStored(panel: Page, n: number, total: Total = 'total-notes') {
  await panel.waitForFunction(
    ([id, min]) => Number(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? 0) >= Number(min),
    [total, n] as const,
    { timeout: 20_000, polling: 50 },
  );
}

const storedNow = async (panel: Page, total: Total = 'total-notes') =>
  Number((await panel.getByTestId(total).textContent({ timeout: 10_000 }).catch(() => '0')) ?? 0);

/** Opens a care-plan page (or tab) and waits until its sections are stored. */
async function readCarePlan(page: Page, panel: Page, open: () => Promise<unknown>, sectionSelector: string) {
  const before = await storedNow(panel, 'total-sections');
  await open();
  await page.locator(sectionSelector).first().waitFor();
  await waitForStored(panel, before + (await page.locator(sectionSelector).count()), 'total-sections');
}

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
  await readCarePlan(page, panel, () => page.goto(`${base}/care-plan`), 'tr.cp-section');
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
  await readCarePlan(page, panel, () => page.getByRole('tab', { name: 'Care plan' }).click(), 'li.wl-plan-item');
  return count;
}

/**
 * Opens a Harbour resident's newest notes, then uses the side panel's "Capture history" to walk
 * back to `from` (the baseline months), as a quality lead would after installing.
 */
export async function captureHarbourHistory(page: Page, panel: Page, base: string, from: string): Promise<string> {
  const before = await storedNow(panel);
  await page.goto(`${base}/notes`);
  await waitForStored(panel, before + (await page.locator('tr.note-row').count()));
  const form = panel.getByTestId('history-capture');
  await form.getByLabel('Capture from').fill(from);
  await form.getByLabel('Seconds between pages').fill('0.25');
  await form.getByRole('button', { name: 'Capture history' }).click();
  const job = panel.getByTestId('history-job');
  await job.and(panel.locator('[data-status="running"]')).waitFor();
  await job.and(panel.locator('[data-status="done"], [data-status="failed"], [data-status="stopped"]')).waitFor({ timeout: 120_000 });
  await readCarePlan(page, panel, () => page.goto(`${base}/care-plan`), 'tr.cp-section');
  const status = (await job.locator('p').first().textContent()) ?? '';
  const message = (await panel.getByTestId('history-message').textContent().catch(() => '')) ?? '';
  return `${status.trim()} ${message.trim()}`;
}

/** Opens the care plans of these Harbour residents, as a registered manager checking the backlog. */
export async function readHarbourCarePlans(page: Page, panel: Page, base: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const url = `${base}/${id}/care-plan`;
    await page.goto(url);
    // Some of these plans may have been read before: wait for this reading, not for new sections.
    await panel.locator(`[data-testid="this-page"][data-url="${url}"]`).waitFor({ timeout: 20_000 });
  }
}
