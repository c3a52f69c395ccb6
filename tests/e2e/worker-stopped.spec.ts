import { MAX_BATCH } from '../../src/messaging/limits';
import { captured, expect, test } from './fixtures';
import { readStore } from './support-db';

/** How many notes the store holds, counted straight from IndexedDB in an extension page. */
const countNotes = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('record-lens');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const n = await new Promise<number>((resolve) => {
      const req = db.transaction('notes').objectStore('notes').count();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return n;
  });

test('the service worker stopped in the middle of storing a long page: no half batch, and every note arrives', async ({ ext, careSystem, openSidePanel }) => {
  test.setTimeout(90_000);
  const page = await ext.context.newPage();
  await page.goto(`${careSystem.url}/harbour/residents`);
  const panel = await openSidePanel(page);
  const cdp = await ext.context.newCDPSession(page);
  const stopWorker = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
    if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    return !!sw;
  };

  // 2,000 notes go to the store in four batches of 500, each its own transaction.
  await page.goto(`${careSystem.url}/harbour/residents/R012/notes?per=2000`);
  await expect(page.locator('tr.note-row')).toHaveCount(2000);
  // Stop the worker as soon as the first batch is in, while the next is being stored.
  let atStop = 0;
  await expect
    .poll(async () => (atStop = await countNotes(panel)), { intervals: [20], timeout: 30_000 })
    .toBeGreaterThan(0);
  expect(await stopWorker()).toBe(true);
  const afterStop = await countNotes(panel);
  // Whatever the moment, the store holds whole batches only: a transaction cut off writes nothing.
  expect(afterStop % MAX_BATCH, `${afterStop} notes stored when the worker stopped (${atStop} seen just before)`).toBe(0);

  // The page reads again after a short wait; the browser starts the worker for the next message,
  // and the batches that were not stored arrive. Nothing is stored twice.
  await expect.poll(() => countNotes(panel), { timeout: 60_000 }).toBe(2000);
  const rollups = await readStore<{ notes: number }>(panel, 'dailyRollups');
  expect(rollups.reduce((s, r) => s + r.notes, 0)).toBe(2000);
  await captured(panel, page);
});
