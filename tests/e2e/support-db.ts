import type { Page } from '@playwright/test';

/** Reads a whole object store of the extension's database from an extension page. */
export async function readStore<T = Record<string, unknown>>(extensionPage: Page, store: string): Promise<T[]> {
  return extensionPage.evaluate(async (name) => {
    const open = indexedDB.open('record-lens');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}
