/**
 * The lock's cryptography, on Web Crypto only (browsers and Node 20 alike): AES-GCM with a 256-bit
 * key derived from the passphrase with PBKDF2-SHA-256 at OWASP's current iteration count. No key
 * or passphrase ever leaves this module as text, and nothing here logs.
 */

/** OWASP Password Storage Cheat Sheet (2023 onwards): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const PBKDF2_ITERATIONS = 600_000;
/** Marks a stored string as ciphertext (version 1: AES-GCM-256, 12-byte IV, base64). */
export const ENC_PREFIX = 'enc:v1:';
/** What the verifier encrypts: decrypting it proves a passphrase right without touching records. */
const VERIFIER_TEXT = 'record-lens-lock-verifier';

const subtle = () => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export const randomSalt = (): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(16));

/**
 * The raw key bytes for a passphrase and salt. Raw bytes (not a CryptoKey) because the service
 * worker is stopped when idle and must get the key back from session storage (see README, Threat model).
 */
export async function deriveKeyBytes(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array<ArrayBuffer>> {
  const base = await subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  return new Uint8Array(bits);
}

/** A non-extractable AES-GCM key for encrypting and decrypting values. */
export const importKey = (bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> =>
  subtle().importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);

export const isEncrypted = (value: unknown): value is string => typeof value === 'string' && value.startsWith(ENC_PREFIX);

/** `enc:v1:<base64 of 12-byte IV + ciphertext and tag>`; a fresh random IV for every value. */
export async function encryptText(key: CryptoKey, text: string): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, utf8.encode(text)));
  const out = new Uint8Array(iv.length + data.length);
  out.set(iv);
  out.set(data, iv.length);
  return ENC_PREFIX + toBase64(out);
}

/** Throws when the key is wrong or the value was altered (AES-GCM authenticates). */
export async function decryptText(key: CryptoKey, value: string): Promise<string> {
  const bytes = fromBase64(value.slice(ENC_PREFIX.length));
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
  return fromUtf8.decode(plain);
}

export const makeVerifier = (key: CryptoKey): Promise<string> => encryptText(key, VERIFIER_TEXT);

/** Whether this key opens the verifier: false (never a throw) for a wrong passphrase. */
export async function keyOpens(key: CryptoKey, verifier: string): Promise<boolean> {
  try {
    return (await decryptText(key, verifier)) === VERIFIER_TEXT;
  } catch {
    return false;
  }
}
