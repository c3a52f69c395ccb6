import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';

const PASS = 'rainy tuesday kettle lighthouse';

/** Every row of every object store, read with the plain IndexedDB API (no lock layer), as one string. */
async function rawDatabase(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const open = indexedDB.open('record-lens');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all: unknown[] = [];
    for (const store of [...db.objectStoreNames]) {
      all.push(
        ...(await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        })),
      );
    }
    db.close();
    return JSON.stringify(all);
  });
}

test('with a passphrase set, a locked side panel shows only the unlock form, a wrong passphrase is refused, the right one shows the notes, capture waits, and the raw store holds no note text or names', async ({ ext, careSystem, openSidePanel }) => {
  const resident = careSystem.data.residents.find((r) => r.id === 'R001')!;
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents/R001/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-notes')).toHaveText('50');
  const plainNotes = await readStore<{ text: string; authorName?: string }>(panel, 'notes');
  expect(plainNotes).toHaveLength(50);
  expect(await rawDatabase(panel)).toContain(resident.name);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const lock = options.getByTestId('lock-settings');
  await lock.getByLabel(/New passphrase/).fill(PASS);
  await lock.getByLabel('The same passphrase again').fill(PASS);
  await lock.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(lock.getByRole('status')).toHaveText('The passphrase is set. Every record is now encrypted.', { timeout: 15_000 });

  // No note text, author or resident name anywhere in the raw database.
  const raw = await rawDatabase(panel);
  expect(raw).not.toContain(resident.name);
  for (const n of plainNotes) {
    expect(raw).not.toContain(JSON.stringify(n.text).slice(1, -1));
    if (n.authorName) expect(raw).not.toContain(n.authorName);
  }
  expect(raw).toContain('enc:v1:');

  // It locks by itself after 15 minutes without use (the default), and says so. A clock moved on
  // stands in for the wait: the last use is set 16 minutes back.
  await expect(lock).toContainText('It locks after 15 minutes without use');
  await expect(lock.getByLabel('Lock by itself')).toHaveValue('15');
  expect((await new AxeBuilder({ page: options }).include('[data-testid="lock-settings"]').analyze()).violations).toEqual([]);
  await panel.evaluate(() => chrome.storage.session.set({ lockUsedAt: Date.now() - 16 * 60_000 }));
  await panel.reload();
  await expect(panel.getByTestId('unlock')).toBeVisible();
  await expect(panel.getByTestId('total-notes')).toHaveCount(0);
  await panel.getByLabel('Passphrase').fill(PASS);
  await panel.getByLabel('Passphrase').press('Enter');
  await expect(panel.getByTestId('total-notes')).toBeVisible({ timeout: 15_000 });
  // A shorter limit chosen in the options holds from then on.
  await lock.getByLabel('Lock by itself').selectOption('5');
  await expect(lock).toContainText('It locks after 5 minutes without use');
  await panel.evaluate(() => chrome.storage.session.set({ lockUsedAt: Date.now() - 6 * 60_000 }));
  await panel.reload();
  await expect(panel.getByTestId('unlock')).toBeVisible();
  await panel.getByLabel('Passphrase').fill(PASS);
  await panel.getByLabel('Passphrase').press('Enter');
  await expect(panel.getByTestId('total-notes')).toBeVisible({ timeout: 15_000 });

  // Lock now: the key is forgotten everywhere; the side panel shows only the unlock form.
  await lock.getByRole('button', { name: 'Lock now' }).click();
  await panel.reload();
  await expect(panel.getByTestId('unlock')).toBeVisible();
  await expect(panel.getByTestId('total-notes')).toHaveCount(0);
  await expect(panel.locator('main')).not.toContainText(resident.name);
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);
  await expect(options.getByTestId('unlock')).toBeVisible();
  const evidence = await ext.context.newPage();
  await evidence.goto(`chrome-extension://${ext.extensionId}/evidence.html`);
  await expect(evidence.getByTestId('unlock')).toBeVisible();
  await expect(evidence.getByTestId('evidence-pack')).toHaveCount(0);

  // A capture while locked is refused and stores nothing.
  await page.goto(`${careSystem.url}/harbour/residents/R002/notes`);
  await page.waitForTimeout(1_500);
  expect(await readStore(panel, 'notes')).toHaveLength(50);

  // A wrong passphrase is refused in words, from the keyboard.
  const field = panel.getByLabel('Passphrase');
  await field.fill('not the passphrase');
  await field.press('Enter');
  await expect(panel.getByRole('alert')).toContainText('That passphrase does not open Record Lens. Nothing was changed', { timeout: 15_000 });
  await expect(panel.getByTestId('total-notes')).toHaveCount(0);

  await field.fill(PASS);
  await field.press('Enter');
  await expect(panel.getByTestId('total-notes')).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('unlock')).toHaveCount(0);
  // The refused page is read again (the capture script backs off and retries) once unlocked.
  await expect(panel.getByTestId('total-notes')).toHaveText('100', { timeout: 20_000 });
  await captured(panel, page);
  expect(await rawDatabase(panel)).not.toContain(resident.name);
});
