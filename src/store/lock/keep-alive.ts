/**
 * Keeps an IndexedDB transaction open while a promise that is not IndexedDB's (here: Web Crypto)
 * settles. A transaction commits as soon as no request is pending when control returns to the event
 * loop, so awaiting `crypto.subtle` inside one would commit it half-way through an ingest. We spin
 * cheap reads (`get(-Infinity)`, which matches nothing) until the work is done, then resume inside
 * a request's success callback, where the transaction is active again and new requests may be made.
 * (Dexie's own `waitFor` does the same on Dexie's *current* transaction; this works on the raw
 * IDBTransaction of the request, which is always the right one.)
 */
export function keepAlive<T>(trans: IDBTransaction, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | undefined;
    work.then(
      (v) => void (settle = () => resolve(v)),
      (e: unknown) => void (settle = () => reject(e instanceof Error ? e : new Error(String(e)))),
    );
    const storeName = trans.objectStoreNames[0];
    if (storeName === undefined) return void work.then(resolve, reject);
    const store = trans.objectStore(storeName);
    const spin = () => {
      if (settle) return settle();
      const req = store.get(-Infinity);
      req.onsuccess = spin;
      req.onerror = () => reject(req.error ?? new Error('The transaction ended while waiting.'));
    };
    spin();
  });
}
