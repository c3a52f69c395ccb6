import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseRecipeFile } from '../../src/recipes/recipe-file';
import { expect, test } from './fixtures';
import { readStore } from './support-db';

const HARBOUR = 'Harbour Care Records (demo)';
const COPY = `Copy of ${HARBOUR}`;
const RENAMED = 'Harbour at Oak House';

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const row = (page: Page, id: string) => page.locator(`[data-testid="recipe-row"][data-recipe-id="${id}"]`);

test('recipes: duplicate, edit, export, switch off, delete and import, all passing axe', async ({ ext, careSystem, openSidePanel }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(row(options, 'harbour-demo')).toContainText('Built in: duplicate it to change it.');
  expect(await axeViolations(options)).toEqual([]);

  // Duplicate the built-in: the copy is the user's own, version 1, and can be edited.
  await options.getByRole('button', { name: `Duplicate ${HARBOUR}` }).click();
  await expect(row(options, 'harbour-demo-copy').getByTestId('recipe-version')).toHaveText('1');
  await options.getByRole('button', { name: `Edit ${COPY}` }).click();
  const editor = options.getByTestId('recipe-editor');
  await expect(editor.getByRole('heading', { name: `Edit recipe: ${COPY}` })).toBeFocused();
  expect(await axeViolations(options)).toEqual([]);

  // A mistake is refused and shown next to its field (and in the summary); nothing is saved.
  const notesPage = editor.getByTestId('page-0');
  const urlPattern = notesPage.getByLabel('URL pattern');
  await urlPattern.fill('^/harbour/residents/(');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByTestId('editor-errors')).toContainText('Page 1: The URL pattern is not a valid regular expression.');
  await expect(urlPattern).toHaveAttribute('aria-invalid', 'true');
  await expect(notesPage.locator('.control.invalid .error')).toHaveText('The URL pattern is not a valid regular expression.');
  expect(await axeViolations(options)).toEqual([]);
  await urlPattern.fill('^/harbour/residents/[^/]+/notes');

  // Rename it and give the note text a fallback selector: saved as version 2.
  await editor.getByLabel('Name', { exact: true }).fill(RENAMED);
  await notesPage.locator('[data-field="text"]').getByLabel('Selectors, one per line').fill('td.col-text\ntd.note-body');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByTestId('editor-status')).toHaveText('Saved as version 2.');
  await expect(editor.getByTestId('editor-version')).toHaveText('version 2');
  await editor.getByRole('button', { name: '← Back to all recipes' }).click();
  await expect(row(options, 'harbour-demo-copy').getByTestId('recipe-version')).toHaveText('2');

  // Export the copy: a real download, a file that reads back as the edited recipe.
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: `Export ${RENAMED}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('harbour-demo-copy.recipe.json');
  const exported = await readFile((await download.path())!, 'utf8');
  const parsed = parseRecipeFile(exported);
  expect(parsed.ok).toBe(true);
  const copy = parsed.ok ? parsed.recipes[0]! : undefined;
  expect([copy?.id, copy?.name, copy?.version]).toEqual(['harbour-demo-copy', RENAMED, 2]);
  expect(copy?.pages[0]?.note?.fields.text.selector).toEqual(['td.col-text', 'td.note-body']);

  // Delete asks first, in the page; Cancel keeps it, "Yes, delete" removes it.
  await options.getByRole('button', { name: `Delete ${RENAMED}` }).click();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByRole('button', { name: `Delete ${RENAMED}` })).toBeFocused();
  await options.getByRole('button', { name: `Delete ${RENAMED}` }).click();
  await options.getByRole('group', { name: `Delete ${RENAMED}?` }).getByRole('button', { name: 'Yes, delete' }).click();
  await expect(row(options, 'harbour-demo-copy')).toHaveCount(0);

  // Switch the built-in Harbour recipe off: a Harbour notes page is then read by nothing.
  const harbourSwitch = options.getByRole('checkbox', { name: `Reads pages with ${HARBOUR}` });
  await expect(harbourSwitch).toBeChecked();
  await harbourSwitch.uncheck();
  await expect(options.getByTestId('recipes-status')).toHaveText(`${HARBOUR} is off: it reads no pages until you switch it on.`);
  await expect(harbourSwitch).not.toBeChecked();
  const notes = await ext.context.newPage();
  await notes.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  await expect(notes.locator('tr.note-row')).toHaveCount(50);
  const panel = await openSidePanel(notes);
  await expect(panel.getByText('Nothing captured from this tab yet')).toBeVisible();
  await notes.waitForTimeout(2500); // longer than the capture script's settle and empty-page grace
  await expect(panel.getByText('Nothing captured from this tab yet')).toBeVisible();
  expect(await readStore(panel, 'notes')).toEqual([]);
  expect(await readStore(panel, 'snapshots')).toEqual([]);

  // A file with two mistakes imports nothing and names both.
  const broken = JSON.parse(exported);
  broken.recipes[0].origins = ['harbour.example'];
  broken.recipes[0].pages[0].note.fields.careAt.format = 'american';
  const fileInput = options.getByLabel('Recipe file to import (.json)');
  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const importErrors = options.getByTestId('import-errors');
  await expect(importErrors).toHaveAttribute('role', 'alert');
  await expect(importErrors.getByRole('listitem')).toHaveText([
    `Recipe 1 ("${RENAMED}"): the origin "harbour.example" must look like https://care.example.com/*.`,
    `Recipe 1 ("${RENAMED}"), page 1, note fields, time of care: the date format must be one of auto, numeric-dmy, month-name, relative, iso.`,
  ]);
  await expect(options.getByTestId('recipe-row')).toHaveCount(2);
  expect((await readStore<{ origin: string }>(options, 'recipes')).filter((r) => r.origin === 'user')).toEqual([]);
  expect(await axeViolations(options)).toEqual([]);

  // The exported file imports cleanly and is listed again, at the version it was exported with.
  await fileInput.setInputFiles({ name: 'harbour-demo-copy.recipe.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(options.getByTestId('import-status')).toHaveText(
    `Imported 1 recipe from harbour-demo-copy.recipe.json: ${RENAMED} (new).`,
  );
  await expect(importErrors).toHaveCount(0);
  await expect(row(options, 'harbour-demo-copy')).toContainText(RENAMED);
  await expect(row(options, 'harbour-demo-copy').getByTestId('recipe-version')).toHaveText('2');
  expect(await axeViolations(options)).toEqual([]);

  // Site access, per recipe: the demo build was given the loopback address at install; a recipe
  // for another care system has none until someone grants it, and says so with a button.
  await expect(row(options, 'harbour-demo').getByTestId('recipe-access')).toHaveAttribute('data-access', 'granted');
  const elsewhere = JSON.parse(exported) as { recipes: { id: string; name: string; origins: string[] }[] };
  elsewhere.recipes[0]!.id = 'care-example';
  elsewhere.recipes[0]!.name = 'Care Example';
  elsewhere.recipes[0]!.origins = ['https://care.example.com/*'];
  await fileInput.setInputFiles({ name: 'care-example.recipe.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(elsewhere)) });
  const foreign = row(options, 'care-example').getByTestId('recipe-access');
  await expect(foreign).toHaveAttribute('data-access', 'none');
  await expect(foreign).toContainText('Not granted');
  await expect(foreign.getByRole('button', { name: 'Grant access for Care Example' })).toBeVisible();
  await expect(foreign.getByRole('button', { name: /Take back access/ })).toHaveCount(0);
  expect(await axeViolations(options)).toEqual([]);
});

test('recipes screen and editor work by keyboard alone', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const duplicate = options.getByRole('button', { name: `Duplicate ${HARBOUR}` });
  await duplicate.focus();
  await options.keyboard.press('Enter');
  const edit = options.getByRole('button', { name: `Edit ${COPY}` });
  await edit.focus();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('heading', { name: `Edit recipe: ${COPY}` })).toBeFocused();
  // Tab reaches the name field; typing and Enter in it submits the form.
  for (let i = 0; i < 10 && !(await options.getByLabel('Name', { exact: true }).evaluate((el) => el === document.activeElement)); i++) {
    await options.keyboard.press('Tab');
  }
  await expect(options.getByLabel('Name', { exact: true })).toBeFocused();
  await options.keyboard.press('Control+A');
  await options.keyboard.type('Harbour by keyboard');
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('editor-status')).toHaveText('Saved as version 2.');
  // The focus ring is visible on a focused control.
  const outline = await options.getByLabel('Name', { exact: true }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');

  // Leaving with unsaved changes asks first, in the page.
  await options.keyboard.type(' (draft)');
  await options.getByRole('button', { name: '← Back to all recipes' }).press('Enter');
  await expect(options.getByRole('alert')).toContainText('You have changes that are not saved.');
  await options.getByRole('button', { name: 'Leave without saving' }).press('Enter');
  await expect(options.getByTestId('recipe-row').filter({ hasText: 'Harbour by keyboard' })).toHaveCount(1);
});
