import { base32 } from '../privacy/pseudonym';
import type { RecordLensDb } from './db';
import { installSecret } from './install-secret';
import type { CaptureBatch } from '../messaging/protocol';
import { nameTokenInput, namesToToken, noteKey, sectionKey, type NameToken } from './keys';

/** 80 bits: no two residents of a provider share a token, and it is short enough for an index. */
const TOKEN_CHARS = 16;

/**
 * Tokens for names: HMAC-SHA-256 with this install's secret over the system and the lower-cased
 * name. Keyed, because a plain hash of "margaret ellis" is found again by hashing a list of names;
 * domain-separated ("Name|") from the pseudonyms made with the same secret.
 */
export async function nameTokens(secret: Uint8Array, inputs: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(inputs)];
  if (!unique.length) return new Map();
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const utf8 = new TextEncoder();
  const macs = await Promise.all(unique.map(async (i) => new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(`Name|${i}`)))));
  return new Map(unique.map((i, n) => [i, base32(macs[n]!, TOKEN_CHARS)]));
}

/** A token lookup that refuses a name it was not prepared for: a key made without one would be wrong. */
export function tokenLookup(tokens: ReadonlyMap<string, string>): NameToken {
  return (system, name) => {
    const token = tokens.get(nameTokenInput(system, name));
    if (token === undefined) throw new Error(`No name token was prepared for a resident of ${system}.`);
    return token;
  };
}

/**
 * Name tokens for the residents of these records who have no id on the page, made before a
 * transaction (Web Crypto cannot run inside one). Throws LockedError while the store is locked.
 */
export async function tokensForRecords(db: RecordLensDb, system: string, records: Iterable<{ residentId?: string; residentName: string }>): Promise<NameToken> {
  const names = namesToToken(records);
  if (!names.length) return tokenLookup(new Map());
  return tokenLookup(await nameTokens(await installSecret(db), names.map((n) => nameTokenInput(system, n))));
}

/**
 * The stored key of each note and section of a capture, in the order sent. The page cannot make
 * them itself (a name's token needs the secret, which never reaches a page), yet its marks and a
 * deputy's sample point at records by key.
 */
export async function recordKeysOf(db: RecordLensDb, batch: Pick<CaptureBatch, 'recipeId' | 'notes' | 'sections'>): Promise<{ notes: string[]; sections: string[] }> {
  const system = batch.recipeId;
  const token = await tokensForRecords(db, system, [...batch.notes, ...batch.sections]);
  return { notes: batch.notes.map((n) => noteKey(system, n, token)), sections: batch.sections.map((s) => sectionKey(system, s, token)) };
}
