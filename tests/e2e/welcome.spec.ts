import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readStore } from './support-db';

test('on install a welcome page says what Record Lens reads and keeps, gives it access to the chosen care system, explains teaching, and saves a baseline, by keyboard', async ({ ext }) => {
  // It opens by itself the first time the extension is installed.
  await expect.poll(() => ext.context.pages().filter((p) => p.url().endsWith('/welcome.html')).length, { timeout: 15_000 }).toBe(1);
  const welcome = ext.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await welcome.bringToFront();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Record Lens');
  const promises = welcome.getByTestId('welcome-promises');
  await expect(promises).toContainText('on this computer only');
  await expect(promises).toContainText('never sends anything anywhere');
  expect((await new AxeBuilder({ page: welcome }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Choose the care system and give access, from the keyboard: the browser grants the one origin.
  const harbour = welcome.getByRole('radio', { name: /Harbour/ });
  await harbour.focus();
  await welcome.keyboard.press('Space');
  await expect(harbour).toBeChecked();
  const grant = welcome.getByRole('button', { name: /Let Record Lens read Harbour/ });
  await grant.focus();
  await welcome.keyboard.press('Enter');
  await expect(welcome.getByRole('status')).toContainText('Record Lens may now read http://127.0.0.1/*');
  const recipes = await readStore<{ id: string; enabled: boolean }>(welcome, 'recipes');
  expect(recipes.find((r) => r.id.startsWith('harbour'))?.enabled).toBe(true);

  // A care system Record Lens does not know: how to teach it, in steps.
  await welcome.getByRole('radio', { name: 'Mine is not in this list' }).check();
  await expect(welcome.getByTestId('welcome-teach')).toContainText('Teach this page');

  // The baseline: the twelve weeks up to yesterday are offered; nothing is held yet, and it says so.
  const start = welcome.getByLabel('Baseline starts');
  const end = welcome.getByLabel('Baseline ends');
  await expect(start).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await end.fill('2026-03-31');
  await start.fill('2026-04-30');
  await welcome.getByRole('button', { name: 'Save the baseline' }).click();
  await expect(welcome.getByRole('alert')).toHaveText('The baseline must end on or after the day it starts.');
  await start.fill('2026-01-05');
  await welcome.getByRole('button', { name: 'Save the baseline' }).press('Enter');
  await expect(welcome.getByRole('status').last()).toContainText('No records of that period are held yet');
  const [settings] = await readStore<{ key: string; value: { baseline?: object; baselineFigures?: object } }>(welcome, 'settings');
  expect(settings?.value.baseline).toEqual({ start: '2026-01-05', end: '2026-03-31' });
  expect(settings?.value.baselineFigures).toBeUndefined();
  expect((await new AxeBuilder({ page: welcome }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
});
