import AxeBuilder from '@axe-core/playwright';
import type { Frame } from '@playwright/test';
import { axeOverlay, overlayQuery } from './overlay-world';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';
import { londonDay } from '../support/london-day';


test('a quality lead teaches a care system Record Lens does not know, by clicking, and it captures it', async ({ ext, careSystem, openSidePanel }) => {
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/meadow/people/R001`);
  const journal = page.frameLocator('#journal-frame');
  await expect(journal.locator('div.entry').first()).toBeVisible();
  const entries = await journal.locator('div.entry').count();
  const panel = await openSidePanel(page);
  const teach = panel.getByTestId('teach');

  await teach.getByLabel('Daily notes').check();
  await teach.getByRole('button', { name: 'Start pointing' }).click();
  await page.bringToFront();
  await journal.locator('dd.what').nth(2).click();
  await expect(teach.getByTestId('teach-status')).toContainText(`${entries} notes highlighted`);
  // The page's own layout is untouched: the overlay lives in a shadow root of its own element.
  await expect(page.locator('record-lens-builder')).toHaveCount(1);

  const pick = async (field: string, click: () => Promise<void>) => {
    await teach.getByRole('button', { name: `Pick ${field}`, exact: true }).click();
    await click();
    await expect(teach.getByRole('button', { name: `Pick ${field}`, exact: true })).toHaveText('Pick');
  };
  const inJournal = (sel: string) => () => journal.locator(sel).first().click();
  await pick('note text', inJournal('dd.what'));
  await pick('time of care', inJournal('span.stamp'));
  await pick('time written', inJournal('dd.entered'));
  await pick('author role', inJournal('dd.who em'));
  await pick('author name', () => journal.locator('dd.who').first().click({ position: { x: 3, y: 5 } }));
  await pick('category', inJournal('span.kind'));
  await pick("resident's name", () => page.locator('.banner .res-name').click());
  await pick('unit', () => page.locator('.banner .ward').click());

  await expect(teach.getByTestId('teach-problems')).toHaveCount(0);
  // The teaching screen and the overlay in the page pass axe while in use.
  const axe = async (p: typeof page) =>
    (await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
  expect(await axe(panel)).toEqual([]);
  // The builder bar is in a closed shadow root: axe runs in the content script's world to see it.
  expect(await axeOverlay(page, 'record-lens-builder')).toEqual([]);
  await expect(teach.getByTestId('teach-preview').locator('tbody tr')).toHaveCount(Math.min(10, entries));
  await teach.getByLabel('Name for this care system').fill('Meadow Care Manager');
  await teach.getByRole('button', { name: 'Save recipe' }).click();
  await expect(teach.getByRole('status')).toContainText('Saved "Meadow Care Manager" (version 1)');
  await expect(page.locator('record-lens-builder')).toHaveCount(0);

  // Capture starts on this page at once, and on the next resident's page by itself.
  await expect(panel.getByTestId('total-notes')).toHaveText(String(entries));
  await page.goto(`${careSystem.url}/meadow/people/R002`);
  await captured(panel, page);

  const staff = new Map(careSystem.data.staff.map((s) => [s.id, s]));
  const residents = new Map(careSystem.data.residents.map((r) => [r.id, r]));
  const days = new Set(Array.from({ length: 7 }, (_, i) => londonDay(careSystem.data.now - i * 86_400_000)));
  const expected = careSystem.data.notes
    .filter((n) => ['R001', 'R002'].includes(n.residentId) && days.has(londonDay(n.careAt)))
    .map((n) => [residents.get(n.residentId)!.name, n.unit, n.careAt, n.text, staff.get(n.authorId)!.name, staff.get(n.authorId)!.role, n.category].join('|'))
    .sort();
  const stored = (await readStore<Record<string, string | number>>(panel, 'notes'))
    .map((n) => [n.residentName, n.unit, n.careAt, n.text, n.authorName, n.authorRole, n.category].join('|'))
    .sort();
  expect(stored).toEqual(expected);
  // Meadow's pages show no resident id: each resident is keyed by a token of the name, so no key or
  // index holds a name. The page learns the keys from the store, and marks its notes by them.
  const keys = await readStore<{ key: string; residentKey: string }>(panel, 'notes');
  expect(keys.filter((n) => !/^meadow-care-manager\|n:[0-9A-Z]{16}\|h:/.test(n.key))).toEqual([]);
  expect(new Set(keys.map((n) => n.residentKey)).size).toBe(2);
  const surnames = ['R001', 'R002'].map((id) => residents.get(id)!.name.split(' ').at(-1)!.toLowerCase());
  const indexed = JSON.stringify(keys.map((n) => [n.key, n.residentKey])).toLowerCase();
  for (const surname of surnames) expect(indexed).not.toContain(surname);
  await expect.poll(async () => (await overlayQuery(page, 'button.mark')).length).toBe(await journal.locator('div.entry').count());
  const recipes = await readStore<{ id: string; recipe: { version: number; origins: string[] } }>(panel, 'recipes');
  expect(recipes.map((r) => [r.id, r.recipe.version, r.recipe.origins])).toEqual([['meadow-care-manager', 1, ['http://127.0.0.1/*']]]);
});
