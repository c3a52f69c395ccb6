import { newPseudonymSecret, pseudonyms, type PseudonymKind } from '../privacy/pseudonym';
import type { RecordLensDb } from './db';
import { decryptText, encryptText, fromBase64, isEncrypted, toBase64 } from './lock/cipher';
import { LockedError, type LockState } from './lock/middleware';

/** Its own settings row, outside the Settings document: it is never shown, exported or edited. */
export const SECRET_KEY = 'pseudonymSecret';

/**
 * The secret keys the pseudonyms and the name tokens inside record keys (record-keys.ts). With a
 * passphrase set it is kept sealed (`{ sealed }`, AES-GCM under the lock's key): a copy of the
 * store without the passphrase cannot recompute a name's token from a list of names.
 */
type Stored = Uint8Array | { sealed: string };

const asPlain = (value: unknown): Uint8Array | undefined =>
  value instanceof Uint8Array && value.length === 32 ? value : Array.isArray(value) && value.length === 32 ? Uint8Array.from(value as number[]) : undefined;
const asSealed = (value: unknown): string | undefined => {
  const sealed = (value as { sealed?: unknown } | undefined)?.sealed;
  return isEncrypted(sealed) ? sealed : undefined;
};

/** The secret as stored, opened with the state's key; undefined when there is none or it cannot be opened. */
async function open(value: unknown, state: LockState | undefined): Promise<Uint8Array | undefined> {
  const plain = asPlain(value);
  if (plain) return plain;
  const sealed = asSealed(value);
  if (!sealed || state?.status !== 'unlocked') return undefined;
  return fromBase64(await decryptText(state.key, sealed));
}

/** How the secret is kept under a state: sealed while a passphrase is set, else as bytes. */
export async function storedForm(secret: Uint8Array, state: LockState): Promise<Stored> {
  return state.status === 'unlocked' ? { sealed: await encryptText(state.key, toBase64(secret)) } : secret;
}

/** The secret under `state`, made when missing; throws LockedError when it is sealed and the key is not at hand. */
export async function secretUnder(db: RecordLensDb, state: LockState | undefined): Promise<Uint8Array> {
  const row = await db.settings.get(SECRET_KEY);
  const kept = await open(row?.value, state);
  if (kept) return kept;
  if (row || state?.status === 'locked') throw new LockedError();
  // Sealing takes Web Crypto, which may not run inside a transaction: prepared first, kept only if still missing.
  const fresh = newPseudonymSecret();
  const value = await storedForm(fresh, state ?? { status: 'open' });
  const made = await db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(SECRET_KEY)) return false;
    await db.settings.put({ key: SECRET_KEY, value });
    return true;
  });
  return made ? fresh : secretUnder(db, state);
}

/** This install's secret, made on first use. Deleting everything deletes it too, so codes start afresh. */
export const installSecret = (db: RecordLensDb): Promise<Uint8Array> => secretUnder(db, db.lock?.state);

/**
 * A secret still kept as bytes in a store with a passphrase (made before the lock sealed it, or by
 * an older version) is sealed once the key is at hand.
 */
export async function sealSecret(db: RecordLensDb, state: LockState): Promise<void> {
  const plain = asPlain((await db.settings.get(SECRET_KEY))?.value);
  if (!plain || state.status !== 'unlocked') return;
  await db.settings.put({ key: SECRET_KEY, value: await storedForm(plain, state) });
}

/**
 * Codes for these keys on this install. Reads only (so it can run inside a live query, where
 * writes are refused): undefined until `installSecret` has made the secret, or while it is sealed.
 */
export async function codesFor(db: RecordLensDb, keys: Iterable<string>, kind: PseudonymKind = 'Resident'): Promise<Map<string, string> | undefined> {
  const secret = await open((await db.settings.get(SECRET_KEY))?.value, db.lock?.state).catch(() => undefined);
  return secret ? pseudonyms(keys, secret, kind) : undefined;
}
