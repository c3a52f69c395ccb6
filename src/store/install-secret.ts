import { newPseudonymSecret, pseudonyms, type PseudonymKind } from '../privacy/pseudonym';
import type { RecordLensDb } from './db';

/** Its own settings row, outside the Settings document: it is never shown, exported or edited. */
const KEY = 'pseudonymSecret';

const asSecret = (value: unknown): Uint8Array | undefined =>
  value instanceof Uint8Array && value.length === 32 ? value : Array.isArray(value) && value.length === 32 ? Uint8Array.from(value as number[]) : undefined;

/** This install's pseudonym secret, made on first use. Deleting everything deletes it too, so codes start afresh. */
export async function installSecret(db: RecordLensDb): Promise<Uint8Array> {
  return db.transaction('rw', db.settings, async () => {
    const kept = asSecret((await db.settings.get(KEY))?.value);
    if (kept) return kept;
    const secret = newPseudonymSecret();
    await db.settings.put({ key: KEY, value: secret });
    return secret;
  });
}

/**
 * Codes for these keys on this install. Reads only (so it can run inside a live query, where
 * writes are refused): undefined until `installSecret` has made the secret.
 */
export async function codesFor(db: RecordLensDb, keys: Iterable<string>, kind: PseudonymKind = 'Resident'): Promise<Map<string, string> | undefined> {
  const secret = asSecret((await db.settings.get(KEY))?.value);
  return secret ? pseudonyms(keys, secret, kind) : undefined;
}
