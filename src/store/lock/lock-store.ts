import { z } from 'zod';
import type { Table } from 'dexie';
import type { RecordLensDb } from '../db';
import { deriveKeyBytes, fromBase64, importKey, keyOpens, makeVerifier, PBKDF2_ITERATIONS, randomSalt, toBase64 } from './cipher';
import type { LockHolder, LockState } from './middleware';
import { ENCRYPTED_TABLES } from './sensitive-fields';
import { DEFAULT_IDLE_MINUTES } from './idle';
import { SECRET_KEY, sealSecret, secretUnder, storedForm } from '../install-secret';

/** The settings row that says the store is locked, and how to check a passphrase against it. */
export const LockRowSchema = z.object({
  salt: z.string().min(1),
  iterations: z.number().int().min(100_000),
  /** A constant encrypted with the key: proves a passphrase right without touching any record. */
  verifier: z.string().min(1),
  /** Minutes without use before it locks by itself (idle.ts); 0: never. Absent in rows made before it existed. */
  idleMinutes: z.number().int().min(0).max(480).optional(),
});
export type LockRow = z.infer<typeof LockRowSchema>;
export const LOCK_KEY = 'lock';

export type LockResult = { ok: true; keyBytes?: Uint8Array<ArrayBuffer> } | { ok: false; error: string };

const WRONG = 'That passphrase does not open Record Lens. Nothing was changed: try again.';
/** A passphrase short enough to guess offline in days protects little (see README, Threat model). */
export const MIN_PASSPHRASE = 10;

export async function readLockRow(db: RecordLensDb): Promise<LockRow | undefined> {
  const row = await db.settings.get(LOCK_KEY);
  const parsed = LockRowSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** The state a context is in, from the lock row and whatever key bytes it holds (session storage). */
export async function lockStateFor(db: RecordLensDb, keyBytes: Uint8Array<ArrayBuffer> | undefined): Promise<LockState> {
  const row = await readLockRow(db);
  if (!row) return { status: 'open' };
  if (!keyBytes) return { status: 'locked' };
  const key = await importKey(keyBytes);
  return (await keyOpens(key, row.verifier)) ? { status: 'unlocked', key, verifier: row.verifier } : { status: 'locked' };
}

async function newLock(passphrase: string) {
  const salt = randomSalt();
  const keyBytes = await deriveKeyBytes(passphrase, salt, PBKDF2_ITERATIONS);
  const key = await importKey(keyBytes);
  const row: LockRow = { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, verifier: await makeVerifier(key) };
  return { keyBytes, key, row };
}

/** Checks a passphrase against the lock row; the key when it is right. */
async function open(db: RecordLensDb, passphrase: string) {
  const row = await readLockRow(db);
  if (!row) return undefined;
  const keyBytes = await deriveKeyBytes(passphrase, fromBase64(row.salt), row.iterations);
  const key = await importKey(keyBytes);
  return (await keyOpens(key, row.verifier)) ? { keyBytes, key, verifier: row.verifier } : null;
}

/**
 * Rewrites every row of every table with sensitive fields in ONE transaction: rows are read under
 * `readAs` and written under `writeAs`. If anything fails the transaction aborts, every row stays as
 * it was, and the holder goes back to `restore`: a store is never half-encrypted.
 */
async function rewriteAll(db: RecordLensDb, holder: LockHolder, readAs: LockState, writeAs: LockState, restore: LockState, lockRow: LockRow | undefined) {
  const tables = ENCRYPTED_TABLES.map((t) => db.table(t) as Table<object>);
  // The install secret keys the name tokens in record keys: sealed with the records, or a list of
  // names would find their keys again. Prepared before the transaction (Web Crypto cannot run inside).
  const secret = await storedForm(await secretUnder(db, readAs), writeAs);
  try {
    await db.transaction('rw', [...tables, db.settings], async () => {
      const rows: object[][] = [];
      holder.state = readAs;
      for (const t of tables) rows.push(await t.toArray());
      // The lock row first: every write below checks it against the state it is written under.
      if (lockRow) await db.settings.put({ key: LOCK_KEY, value: lockRow });
      else await db.settings.delete(LOCK_KEY);
      holder.state = writeAs;
      await db.settings.put({ key: SECRET_KEY, value: secret });
      for (const [i, t] of tables.entries()) if (rows[i]!.length) await t.bulkPut(rows[i]!);
    });
    holder.state = writeAs;
  } catch (e) {
    holder.state = restore;
    throw e;
  }
}

/** Sets a passphrase: every note's words and every name are encrypted from now on. */
export async function enableLock(db: RecordLensDb, holder: LockHolder, passphrase: string): Promise<LockResult> {
  if (passphrase.length < MIN_PASSPHRASE) return { ok: false, error: `Use at least ${MIN_PASSPHRASE} characters; a few words are easier to remember.` };
  if (await readLockRow(db)) return { ok: false, error: 'Record Lens is already locked with a passphrase.' };
  const { keyBytes, key, row } = await newLock(passphrase);
  const open: LockState = { status: 'open' };
  await rewriteAll(db, holder, open, { status: 'unlocked', key, verifier: row.verifier }, open, row);
  return { ok: true, keyBytes };
}

/** A wrong passphrase changes nothing and says so. */
export async function unlock(db: RecordLensDb, holder: LockHolder, passphrase: string): Promise<LockResult> {
  const opened = await open(db, passphrase);
  if (opened === undefined) return { ok: true };
  if (!opened) return { ok: false, error: WRONG };
  holder.state = { status: 'unlocked', key: opened.key, verifier: opened.verifier };
  await sealSecret(db, holder.state);
  return { ok: true, keyBytes: opened.keyBytes };
}

/** Removes the lock: every record is decrypted back, given the passphrase. */
export async function disableLock(db: RecordLensDb, holder: LockHolder, passphrase: string): Promise<LockResult> {
  const opened = await open(db, passphrase);
  if (opened === undefined) return { ok: true };
  if (!opened) return { ok: false, error: WRONG };
  const unlocked: LockState = { status: 'unlocked', key: opened.key, verifier: opened.verifier };
  await rewriteAll(db, holder, unlocked, { status: 'open' }, holder.state, undefined);
  return { ok: true };
}

/** A new passphrase: every record re-encrypted under the new key, with a new salt. */
export async function changePassphrase(db: RecordLensDb, holder: LockHolder, current: string, next: string): Promise<LockResult> {
  if (next.length < MIN_PASSPHRASE) return { ok: false, error: `Use at least ${MIN_PASSPHRASE} characters for the new passphrase.` };
  const opened = await open(db, current);
  if (!opened) return { ok: false, error: WRONG };
  const fresh = await newLock(next);
  const idleMinutes = (await readLockRow(db))?.idleMinutes;
  if (idleMinutes !== undefined) fresh.row.idleMinutes = idleMinutes;
  await rewriteAll(db, holder, { status: 'unlocked', key: opened.key, verifier: opened.verifier }, { status: 'unlocked', key: fresh.key, verifier: fresh.row.verifier }, holder.state, fresh.row);
  return { ok: true, keyBytes: fresh.keyBytes };
}

/** How long Record Lens may stay open without use (see idle.ts); the lock row keeps it with the lock. */
export const idleMinutesOf = (row: LockRow | undefined): number => row?.idleMinutes ?? DEFAULT_IDLE_MINUTES;

export async function setIdleMinutes(db: RecordLensDb, minutes: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await readLockRow(db);
    if (row) await db.settings.put({ key: LOCK_KEY, value: { ...row, idleMinutes: LockRowSchema.shape.idleMinutes.unwrap().parse(minutes) } });
  });
}
