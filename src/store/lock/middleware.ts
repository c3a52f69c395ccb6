import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { decryptText, encryptText, isEncrypted } from './cipher';
import { keepAlive } from './keep-alive';
import { hasSensitiveFields, transformRow } from './sensitive-fields';

/**
 * What this context knows about the lock: no lock set (`open`), set and the key at hand
 * (`unlocked`), or set with no key (`locked`: sensitive records can be neither read nor written).
 */
export type LockState =
  | { status: 'open' }
  /** `verifier`: the lock row's, when the key was checked; another one means the lock changed since. */
  | { status: 'unlocked'; key: CryptoKey; verifier: string }
  | { status: 'locked' };

/** Thrown (and turned into words at the capture boundary) when a locked store is asked to store records. */
export class LockedError extends Error {
  constructor() {
    super('Record Lens is locked: capture paused until someone unlocks it.');
    this.name = 'LockedError';
  }
}

/** One holder per database object, so a context can lock and unlock without reopening the database. */
export interface LockHolder {
  state: LockState;
}

/** Always encrypts, even text that looks like a marker: page text could start with one. */
const encryptWith = (key: CryptoKey) => (text: string) => encryptText(key, text);
/** A value that does not open with this key stays as its marker: reading never throws for it. */
const decryptWith = (key: CryptoKey) => (text: string) =>
  isEncrypted(text) ? decryptText(key, text).catch(() => text) : Promise.resolve(text);

/**
 * The DBCore layer that encrypts sensitive fields (sensitive-fields.ts) on every add and put and
 * decrypts them on every read, so the rest of the code (ingest, queries, purge) never sees ciphertext
 * and never changes. Indexes are untouched: no sensitive field is indexed.
 */
export function encryptionMiddleware(holder: LockHolder): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'record-lens-lock',
    // At the bottom, right above IndexedDB, so every Dexie layer (hooks, liveQuery's cache and
    // observability, the existing-values cache) sees plain values and nothing below us is Dexie's.
    level: -2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return hasSensitiveFields(name) ? encryptingTable(table, name, holder, down.table('settings')) : table;
      },
    }),
  };
}

/**
 * Waits for Web Crypto inside the request's own IndexedDB transaction (keep-alive.ts). Every step
 * is a `.then` on the promise of the layer below, started synchronously when Dexie calls us, so
 * Dexie's layers above (hooks, liveQuery) keep their transaction zone; an `async` method lost it
 * for an update() outside an explicit transaction. (Dexie.waitFor, tried first, left liveQuery
 * reads in the side panel waiting for ever in Chromium: it spins on Dexie's current transaction.)
 */
const inTransaction = <T>(trans: unknown, work: Promise<T>): Promise<T> => keepAlive(trans as IDBTransaction, work);

/**
 * Whether the lock row, read in the writing transaction itself, is the one this context's state was
 * made from. Another context may set, change or remove the passphrase between our last look and
 * this write; then we must neither write plain text into a locked store nor ciphertext under a
 * stale key. Checked whenever the transaction covers `settings` (every ingest does); other writes
 * rely on the state, which pages refresh when the lock row or the session key changes.
 */
const lockRowMatches = (row: unknown, state: LockState): boolean => {
  const verifier = (row as { value?: { verifier?: string } } | undefined)?.value?.verifier;
  return state.status === 'unlocked' ? verifier === state.verifier : verifier === undefined;
};

/**
 * A schema upgrade moves rows as they are stored (upgrades/name-keys.ts rewrites keys, never words):
 * it neither decrypts nor encrypts, so it runs whether or not the key is at hand.
 */
const isUpgrade = (trans: unknown): boolean => (trans as IDBTransaction | undefined)?.mode === 'versionchange';

function encryptingTable(table: DBCoreTable, name: string, holder: LockHolder, settings: DBCoreTable): DBCoreTable {
  const decryptRows = (trans: unknown, key: CryptoKey, rows: unknown[]): Promise<unknown[]> =>
    inTransaction(trans, Promise.all(rows.map((r) => (r === undefined ? r : transformRow(name, r, decryptWith(key))))));
  return {
    ...table,
    mutate: (req) => {
      if ((req.type !== 'add' && req.type !== 'put') || isUpgrade(req.trans)) return table.mutate(req);
      const { state } = holder;
      if (state.status === 'locked') return Promise.reject(new LockedError());
      const coversSettings = (req.trans as unknown as IDBTransaction).objectStoreNames.contains('settings');
      if (state.status === 'open' && !coversSettings) return table.mutate(req);
      const lockRow = coversSettings ? settings.get({ trans: req.trans, key: 'lock' }) : Promise.resolve(undefined);
      return lockRow.then((row) => {
        if (coversSettings && !lockRowMatches(row, state)) throw new LockedError();
        if (state.status !== 'unlocked') return table.mutate(req);
        const encrypt = encryptWith(state.key);
        return inTransaction(req.trans, Promise.all(req.values.map((v) => transformRow(name, v, encrypt)))).then((values) => table.mutate({ ...req, values }));
      });
    },
    get: (req) => {
      const { state } = holder;
      if (state.status !== 'unlocked' || isUpgrade(req.trans)) return table.get(req);
      return table.get(req).then((row) => decryptRows(req.trans, state.key, [row]).then((r) => r[0]));
    },
    getMany: (req) => {
      const { state } = holder;
      if (state.status !== 'unlocked' || isUpgrade(req.trans)) return table.getMany(req);
      return table.getMany(req).then((rows) => decryptRows(req.trans, state.key, rows));
    },
    query: (req) => {
      const { state } = holder;
      if (state.status !== 'unlocked' || !req.values || isUpgrade(req.trans)) return table.query(req);
      return table.query(req).then((res) => decryptRows(req.trans, state.key, res.result).then((result) => ({ ...res, result })));
    },
    openCursor: (req) => {
      const { state } = holder;
      if (state.status !== 'unlocked' || !req.values || isUpgrade(req.trans)) return table.openCursor(req);
      return table.openCursor(req).then((cursor) => cursor && decryptingCursor(cursor, (raw) => decryptRows(req.trans, state.key, [raw]).then((r) => r[0])));
    },
  };
}

/**
 * A cursor whose `value` is the decrypted row: each step waits for its row to be decrypted before
 * the caller sees it. Native IDBCursor getters must be called on the real cursor, hence the getters.
 */
function decryptingCursor(cursor: DBCoreCursor, decrypt: (raw: unknown) => Promise<unknown>): DBCoreCursor {
  let current: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    done: { get: () => cursor.done },
    value: { get: () => current },
    start: {
      value: (callback: () => void) =>
        cursor.start(() => {
          decrypt(cursor.value).then(
            (v) => {
              current = v;
              try {
                callback();
              } catch (e) {
                cursor.fail(e instanceof Error ? e : new Error(String(e)));
              }
            },
            (e: unknown) => cursor.fail(e instanceof Error ? e : new Error(String(e))),
          );
        }),
    },
  }) as DBCoreCursor;
}
