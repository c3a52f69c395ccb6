import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../messaging/protocol';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { storeErrorMessage } from './store-error';

const db = new RecordLensDb('store-error-test');
afterEach(() => db.delete());

const batch: CaptureBatch = {
  url: 'http://127.0.0.1/harbour/residents/R001/notes', capturedAt: 1_790_000_000_000, recipeId: 'r',
  recipeVersion: 1, pageId: 'p', matched: { note: 1 }, problems: [], sections: [], fieldHits: {}, part: 0, visit: '',
  notes: [{ residentName: 'A B', careAt: 1_790_000_000_000, careAtPrecision: 'minute', text: 'Chose tea at 10:00.' }],
};

describe('a full disk', () => {
  it('gets a message that says what happened and that nothing stored was lost', async () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    const full = () => {
      throw quota;
    };
    db.notes.hook('creating', full);
    const failure = await ingestCapture(db, batch).catch((e: unknown) => e);
    expect(storeErrorMessage(failure)).toMatch(/run out of storage space, so capture is paused/);
    expect(await db.notes.count()).toBe(0);
    // The store is still readable and writable once space is back.
    db.notes.hook('creating').unsubscribe(full);
    await expect(ingestCapture(db, batch)).resolves.toMatchObject({ added: 1 });
  });

  it('recognises a quota error wrapped by Dexie', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('q', 'QuotaExceededError'));
    expect(storeErrorMessage(wrapped)).toMatch(/run out of storage/);
    expect(storeErrorMessage(new Error('boom'))).toBe(
      'Could not store this capture: boom. Nothing from it was stored; it is tried again shortly.',
    );
  });
});
