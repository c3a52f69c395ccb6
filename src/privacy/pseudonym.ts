/**
 * Stand-in names for residents and staff in exports and on shared screens: the same code for the
 * same person on this install, and nothing a reader can turn back into the person.
 *
 * Why a keyed hash (HMAC-SHA-256 with a secret made on this install, never exported): a plain hash
 * of "Margaret Ellis" or "R001" can be recomputed by anyone with a list of names or ids, which
 * makes it a lookup, not a pseudonym. Codes from another install differ, so two providers' packs
 * cannot be joined on them either.
 */
export type PseudonymKind = 'Resident' | 'Staff';

// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHORT = 6;
const LONG = 10;

export function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/** A fresh per-install secret (32 random bytes). */
export function newPseudonymSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/**
 * Codes for a set of keys (resident keys, or staff names). Six characters keep a home's people
 * apart (a billion codes); when two keys of the set would share one, both get ten characters, so a
 * code never stands for two people in one export.
 */
export async function pseudonyms(keys: Iterable<string>, secret: Uint8Array, kind: PseudonymKind = 'Resident'): Promise<Map<string, string>> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const unique = [...new Set(keys)];
  const macs = await Promise.all(unique.map(async (k) => new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${kind}|${k}`)))));
  const codes = codesOf(macs);
  return new Map(unique.map((k, i) => [k, `${kind} ${codes[i]}`]));
}

/** Six characters of each digest, or ten for digests whose six would clash within the set. */
export function codesOf(macs: readonly Uint8Array[]): string[] {
  const short = macs.map((m) => base32(m, SHORT));
  const seen = new Map<string, number>();
  for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
  return short.map((s, i) => (seen.get(s)! > 1 ? base32(macs[i]!, LONG) : s));
}
