import { browser } from 'wxt/browser';
import { getDb, type RecordLensDb } from '../db';
import { fromBase64, toBase64 } from './cipher';
import { idleExpired } from './idle';
import { idleMinutesOf, lockStateFor, readLockRow } from './lock-store';
import type { LockState } from './middleware';

/**
 * Where the key lives while Record Lens is unlocked: `storage.session`, which the browser keeps in
 * memory only (never on disk) and empties when it closes. The service worker is stopped after ~30 s
 * idle and loses its memory, yet must encrypt captures: it reads the key back from here. Content
 * scripts cannot read it (the session area's default access level is trusted contexts only).
 */
const SESSION_KEY = 'lockKey';
/** When Record Lens was last used (idle.ts), beside the key it guards. */
const USED_AT = 'lockUsedAt';

export async function loadSessionKey(): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const got = (await browser.storage.session.get(SESSION_KEY)) as Record<string, unknown>;
  const value = got[SESSION_KEY];
  return typeof value === 'string' ? fromBase64(value) : undefined;
}

export const saveSessionKey = (bytes: Uint8Array<ArrayBuffer>) => browser.storage.session.set({ [SESSION_KEY]: toBase64(bytes), [USED_AT]: Date.now() });

/** "Lock now": the key is forgotten by every context of the extension. */
export const clearSessionKey = () => browser.storage.session.remove([SESSION_KEY, USED_AT]);

let lastNoted = 0;
/** Someone is using Record Lens: the idle clock starts again (written at most every 20 s per context). */
export async function noteUse(now = Date.now()): Promise<void> {
  if (now - lastNoted < 20_000) return;
  lastNoted = now;
  await browser.storage.session.set({ [USED_AT]: now });
}

/**
 * Brings this context's lock state up to date from the lock row and the session key; a key left
 * unused for longer than the lock row allows is forgotten here, in every context at once.
 */
export async function refreshLock(db: RecordLensDb = getDb()): Promise<LockState> {
  const got = (await browser.storage.session.get([SESSION_KEY, USED_AT])) as Record<string, unknown>;
  let bytes = typeof got[SESSION_KEY] === 'string' ? fromBase64(got[SESSION_KEY]) : undefined;
  const usedAt = typeof got[USED_AT] === 'number' ? got[USED_AT] : undefined;
  if (bytes && idleExpired(usedAt, Date.now(), idleMinutesOf(await readLockRow(db)))) {
    await clearSessionKey();
    bytes = undefined;
  }
  const state = await lockStateFor(db, bytes);
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
