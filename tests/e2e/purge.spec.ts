import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { captured, expect, test } from './fixtures';

/**
 * Every row of every object store of the extension's database, as lower-case JSON: what a
 * "no trace left" check scans (support-db.ts reads one store; this reads them all).
 */
async function everyStoredRow(extensionPage: Page): Promise<{ store: string; json: string }[]> {
  return extensionPage.evaluate(async () => {
    const open = indexedDB.open('record-lens');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: { store: string; json: string }[] = [];
    for (const store of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
      });
      for (const row of rows) out.push({ store, json: JSON.stringify(row).toLowerCase() });
    }
    db.close();
    return out;
  });
}

test('purging one resident from the options page removes every trace of them, and the side panel totals drop', async ({ ext, careSystem, openSidePanel }) => {
  const [kept, purged] = ['R001', 'R002'].map((id) => careSystem.data.residents.find((r) => r.id === id)!);
  const page = await ext.context.newPage();
  const base = `${careSystem.url}/harbour/residents`;
  await page.goto(`${base}/R001/notes`);
  const panel = await openSidePanel(page);
  await expect(panel.getByTestId('page-notes')).toHaveText('50');
  await page.goto(`${base}/R002/notes`);
  await captured(panel, page);
  await expect(panel.getByTestId('total-notes')).toHaveText('100');
  await expect(panel.getByTestId('total-residents')).toHaveText('2');
  const token = new RegExp(`(^|[^a-z0-9])${purged!.id.toLowerCase()}([^a-z0-9]|$)`);
  const traces = async () =>
    (await everyStoredRow(panel)).filter((r) => token.test(r.json) || r.json.includes(purged!.name.toLowerCase())).map((r) => r.store);
  expect(new Set(await traces())).toEqual(new Set(['notes', 'snapshots', 'dailyRollups']));

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const yourData = options.getByTestId('your-data');
  const months = yourData.getByLabel('Keep records for (months)');
  await expect(months).toHaveValue('24');
  // A period the settings schema refuses is refused in words, beside the field.
  await months.fill('0');
  await yourData.getByRole('button', { name: 'Save retention period' }).click();
  await expect(yourData.getByTestId('retention')).toContainText('Keep records at least 1 month.');
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await months.fill('36');
  await yourData.getByRole('button', { name: 'Save retention period' }).click();
  await expect(yourData.getByTestId('retention').getByRole('status')).toContainText('older than 36 months');
  // The resident is chosen by name; review and confirmation work from the keyboard.
  await yourData.getByRole('radio', { name: 'One resident' }).check();
  await yourData.getByLabel('Resident', { exact: true }).selectOption({ label: `${purged!.name} (${purged!.id}) – Harbour Care Records (demo)` });
  await yourData.getByRole('button', { name: 'Review what will be deleted' }).press('Enter');
  const confirm = yourData.getByTestId('purge-confirm');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(`Delete everything stored about ${purged!.name} (${purged!.id})`);
  await expect(confirm).toContainText('This deletes: 50 notes');
  await expect(confirm).toContainText('This cannot be undone');
  const { violations } = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete permanently' }).press('Enter');
  await expect(yourData.getByTestId('purge-done')).toContainText(`Deleted everything stored about ${purged!.name} (${purged!.id}) from Harbour Care Records (demo): 50 notes`);
  await expect(yourData.getByLabel('Resident', { exact: true }).locator('option')).toHaveText(['Choose a resident', `${kept!.name} (${kept!.id}) – Harbour Care Records (demo)`]);

  // The side panel, open all along, follows the deletion live.
  await expect(panel.getByTestId('total-notes')).toHaveText('50');
  await expect(panel.getByTestId('total-residents')).toHaveText('1');
  expect(await traces()).toEqual([]);
  expect((await everyStoredRow(panel)).filter((r) => r.store === 'notes' && r.json.includes(`|id:${kept!.id.toLowerCase()}|`))).toHaveLength(50);
});
