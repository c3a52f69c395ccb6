import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { londonDay } from '../support/london-day';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
/** Another home's id (16 characters of Crockford base 32, as an install makes them). */
const BIRCH_ID = 'BRCHHSE000000001';

test("many homes: this home's bundle is exported from the options page, another home's imported, and home is a segment of the spread", async ({ ext, careSystem, openSidePanel }) => {
  const resident = careSystem.data.residents.find((r) => r.id === 'R001')!;
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-notes')).toHaveText('50');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const homes = options.getByTestId('many-homes');
  // The home's name is checked like every setting: refused in words beside the field.
  const name = homes.getByLabel("This home's name");
  await name.fill('   ');
  await homes.getByRole('button', { name: "Save the home's name" }).click();
  await expect(homes.getByTestId('home-name')).toContainText('Give the home a name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Oak Lodge');
  await homes.getByRole('button', { name: "Save the home's name" }).click();
  await expect(homes.getByTestId('home-name').getByRole('status')).toContainText('name this home Oak Lodge');

  // Export: pseudonymised unless the box is ticked.
  await expect(homes.getByLabel("Include residents' and staff names, ids and the words of notes")).not.toBeChecked();
  const download = options.waitForEvent('download');
  await homes.getByRole('button', { name: 'Export capture bundle' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^record-lens-oak-lodge-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await file.path())!, 'utf8');
  const bundle = JSON.parse(text) as { home: { id: string; name: string }; exportedAt: number; notes: unknown[]; pseudonymised: boolean };
  expect(bundle).toMatchObject({ format: 'record-lens/capture-bundle', version: 1, home: { name: 'Oak Lodge' }, pseudonymised: true });
  expect(bundle.notes).toHaveLength(50);
  expect(text).not.toContain(resident.name);
  expect(text).not.toContain(`id:${resident.id}`);
  await expect(homes.getByTestId('export-status')).toContainText('50 notes');

  // Another home's bundle, as it would arrive from its own browser (its own id and name).
  const birch = { ...bundle, home: { id: BIRCH_ID, name: 'Birch House' } };
  const asFile = (name: string, json: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)) });
  const input = homes.getByLabel('Capture bundles to import (.json, one or more)');
  await input.setInputFiles(asFile('birch.json', birch));
  await expect(homes.getByTestId('import-bundle-status')).toContainText('birch.json: Birch House added (50 notes');
  await expect(homes.getByTestId('held-homes')).toContainText('Birch House (codes, no names)');
  // The same bundle again changes nothing; a damaged one and an older one are refused, and say why.
  await input.setInputFiles(asFile('birch-again.json', birch));
  await expect(homes.getByTestId('import-bundle-status')).toContainText('Birch House already held: nothing changed');
  await input.setInputFiles([
    asFile('broken.json', '{"format": "record-lens/capture-bundle", "version": 1}'),
    asFile('older.json', { ...birch, exportedAt: bundle.exportedAt - DAY }),
  ]);
  const errors = homes.getByTestId('import-bundle-errors');
  await expect(errors).toContainText('broken.json: nothing was imported');
  await expect(errors).toContainText('damaged or incomplete');
  await expect(errors).toContainText('older.json: nothing was imported');
  await expect(errors).toContainText('is kept');
  const axe = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).include('[data-testid="many-homes"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The side panel, open all along: both homes' notes, and each home a segment of the spread.
  await expect(panel.getByTestId('total-notes')).toHaveText('100');
  await expect(panel.getByTestId('total-residents')).toHaveText('2');
  await panel.getByLabel('Baseline starts').fill(londonDay(careSystem.data.now - 84 * DAY));
  await panel.getByLabel('Baseline ends').fill(londonDay(careSystem.data.now - DAY));
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  const spread = panel.getByTestId('spread');
  await expect(spread.locator('tr[data-dimension="home"]')).toHaveCount(2);
  await expect(spread.locator('tr[data-dimension="home"] th')).toHaveText(['Home: Birch House', 'Home: Oak Lodge']);
});
