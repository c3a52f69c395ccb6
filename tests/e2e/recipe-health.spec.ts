import { startCareSystem } from '../care-systems/server';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';

test('when the care system changes its pages, Record Lens says which field broke and stores nothing wrong', async ({ ext, openSidePanel }) => {
  let markup: 'as-shipped' | 'author-moved' | 'rows-renamed' = 'as-shipped';
  const system = await startCareSystem({
    rewrite: (_path, body) =>
      markup === 'author-moved'
        ? body.replaceAll('<span class="author-name">', '<span class="staff-name">')
        : markup === 'rows-renamed'
          ? body.replaceAll('class="note-row"', 'class="entry"')
          : body,
  });
  try {
    const page = await ext.context.newPage();
    const notes = (id: string, n = 1) => `${system.url}/harbour/residents/${id}/notes?page=${n}`;
    await page.goto(notes('R001'));
    const panel = await openSidePanel(page);
    for (const n of [2, 3]) {
      await page.goto(notes('R001', n));
      await captured(panel, page);
    }
    await expect(panel.getByTestId('total-notes')).toHaveText('150');

    // The vendor moves the author's name into a new element: the optional field silently vanishes.
    markup = 'author-moved';
    await page.goto(notes('R002'));
    await captured(panel, page);
    await expect(panel.getByTestId('page-degraded')).toContainText('The author name was found in 0% of records (usually 100%).');
    await expect(panel.getByTestId('degraded-page')).toContainText('harbour-demo · daily-notes — the author name broke, since');
    await expect(panel.getByTestId('total-notes')).toHaveText('150');

    // Then the rows themselves are renamed: the page matches nothing.
    markup = 'rows-renamed';
    await page.goto(notes('R003'));
    await captured(panel, page);
    await expect(panel.getByTestId('page-degraded')).toContainText('Found no records on a page where it usually finds about 50.');

    const stored = await readStore<{ residentId: string; authorName?: string }>(panel, 'notes');
    expect(stored).toHaveLength(150);
    expect(stored.every((n) => n.residentId === 'R001' && n.authorName)).toBe(true);

    // The vendor rolls back: the next good page clears the warning and is stored.
    markup = 'as-shipped';
    await page.goto(notes('R002'));
    await captured(panel, page);
    await expect(panel.getByTestId('page-degraded')).toHaveCount(0);
    await expect(panel.getByTestId('recipe-health')).toHaveCount(0);
    await expect(panel.getByTestId('total-notes')).toHaveText('200');
  } finally {
    await system.close();
  }
});
