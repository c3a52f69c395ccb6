import type { Page } from '@playwright/test';
import { startCareSystem } from '../care-systems/server';
import { expect, test } from './fixtures';
import { readStore } from './support-db';

/** Rewrites the first `n`-th match of a pattern in served HTML. */
function replaceNth(body: string, pattern: RegExp, n: number, by: string): string {
  let i = 0;
  return body.replace(pattern, (m) => (i++ === n ? by : m));
}

async function storedNoteIds(panel: Page): Promise<string[]> {
  return (await readStore<{ sourceId: string }>(panel, 'notes')).map((n) => n.sourceId);
}

test('a date that will not parse and a note with no text are kept aside with reasons; the rest are stored', async ({ ext, openSidePanel }) => {
  const system = await startCareSystem({
    rewrite: (path, body) => {
      if (!path.endsWith('/R005/notes')) return body;
      const badDate = replaceNth(body, /<td class="col-care-time">[^<]*<\/td>/g, 0, '<td class="col-care-time">31/02/2026 09:00</td>');
      return replaceNth(badDate, /<td class="col-text">[^<]*<\/td>/g, 1, '<td class="col-text"> </td>');
    },
  });
  try {
    const page = await ext.context.newPage();
    await page.goto(`${system.url}/harbour/residents/R005/notes`);
    const rows = page.locator('tr.note-row');
    const [badDateId, noTextId] = [await rows.nth(0).getAttribute('data-note-id'), await rows.nth(1).getAttribute('data-note-id')];
    const panel = await openSidePanel(page);
    await expect(panel.getByTestId('page-notes')).toHaveText('50');
    await expect(panel.getByTestId('page-problems')).toHaveText('2');
    await expect(panel.getByTestId('page-added')).toHaveText('48');
    await panel.getByText('2 records kept aside, not stored').click();
    await expect(panel.getByText('there is no 31 February')).toBeVisible();
    await expect(panel.getByText('The text is empty.')).toBeVisible();
    const ids = await storedNoteIds(panel);
    expect(ids).toHaveLength(48);
    expect(ids).not.toContain(badDateId);
    expect(ids).not.toContain(noTextId);
  } finally {
    await system.close();
  }
});

test('a page whose markup changed stores nothing rather than something wrong', async ({ ext, openSidePanel }) => {
  const system = await startCareSystem({
    rewrite: (_path, body) => body.replaceAll('class="note-row"', 'class="entry-row"'),
  });
  try {
    const page = await ext.context.newPage();
    await page.goto(`${system.url}/harbour/residents/R006/notes`);
    await expect(page.locator('tr.entry-row')).toHaveCount(50);
    const panel = await openSidePanel(page);
    await expect(panel.getByTestId('page-notes')).toHaveText('0');
    await expect(panel.getByTestId('total-notes')).toHaveText('0');
    expect(await storedNoteIds(panel)).toEqual([]);
  } finally {
    await system.close();
  }
});
