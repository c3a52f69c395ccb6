import { browser } from 'wxt/browser';
import { getDb, type RecordLensDb } from '../db';
import { fromBase64, toBase64 } from './cipher';
import { lockStateFor } from './lock-store';
import type { LockState } from './middleware';

/**
 * Where the key lives while Record Lens is unlocked: `storage.session`, which the browser keeps in
 * memory only (never on disk) and empties when it closes. The service worker is stopped after ~30 s
 * idle and loses its memory, yet must encrypt captures: it reads the key back from here. Content
 * scripts cannot read it (the session area's default access level is trusted contexts only).
 */
const SESSION_KEY = 'lockKey';

export async function loadSessionKey(): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const got = (await browser.storage.session.get(SESSION_KEY)) as Record<string, unknown>;
  const value = got[SESSION_KEY];
  return typeof value === 'string' ? fromBase64(value) : undefined;
}

export const saveSessionKey = (bytes: Uint8Array<ArrayBuffer>) => browser.storage.session.set({ [SESSION_KEY]: toBase64(bytes) });

/** "Lock now": the key is forgotten by every context of the extension. */
export const clearSessionKey = () => browser.storage.session.remove(SESSION_KEY);

/** Brings this context's lock state up to date from the lock row and the session key. */
export async function refreshLock(db: RecordLensDb = getDb()): Promise<LockState> {
  const state = await lockStateFor(db, await loadSessionKey());
  if (db.lock) db.lock.state = state;
  return state;
}

/** Calls back whenever the key is set or forgotten in any context. */
export function onSessionKeyChange(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (SESSION_KEY in changes) callback();
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}
