import { newPseudonymSecret, pseudonyms, type PseudonymKind } from '../privacy/pseudonym';
import type { RecordLensDb } from './db';

/** Its own settings row, outside the Settings document: it is never shown, exported or edited. */
const KEY = 'pseudonymSecret';

/** This install's pseudonym secret, made on first use. Deleting everything deletes it too, so codes start afresh. */
export async function installSecret(db: RecordLensDb): Promise<Uint8Array> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(KEY);
    if (row && row.value instanceof Uint8Array && row.value.length === 32) return row.value;
    // Stored as an array of numbers when IndexedDB hands back a plain copy.
    if (row && Array.isArray(row.value) && row.value.length === 32) return Uint8Array.from(row.value as number[]);
    const secret = newPseudonymSecret();
    await db.settings.put({ key: KEY, value: secret });
    return secret;
  });
}

/** Codes for these keys on this install. */
export async function codesFor(db: RecordLensDb, keys: Iterable<string>, kind: PseudonymKind = 'Resident'): Promise<Map<string, string>> {
  return pseudonyms(keys, await installSecret(db), kind);
}
