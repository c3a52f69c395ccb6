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
 * Whether the lock row, read in the writing transaction itself, is the one this context's state was
 * made from. Another context may set, change or remove the passphrase between our last look and
 * this write; then we must neither write plain text into a locked store nor ciphertext under a
 * stale key. Checked whenever the transaction covers `settings` (every ingest does); other writes
 * rely on the state, which pages refresh when the lock row or the session key changes.
 */
async function lockRowMatches(settings: DBCoreTable, trans: IDBTransaction, state: LockState): Promise<boolean> {
  if (!trans.objectStoreNames.contains('settings')) return true;
  const row = (await settings.get({ trans: trans as never, key: 'lock' })) as { value?: { verifier?: string } } | undefined;
  const verifier = row?.value?.verifier;
  return state.status === 'unlocked' ? verifier === state.verifier : verifier === undefined;
}

function encryptingTable(table: DBCoreTable, name: string, holder: LockHolder, settings: DBCoreTable): DBCoreTable {
  const decryptRows = async (trans: IDBTransaction, rows: unknown[]) => {
    const { state } = holder;
    if (state.status !== 'unlocked') return rows;
    return keepAlive(trans, Promise.all(rows.map((r) => (r === undefined ? r : transformRow(name, r, decryptWith(state.key))))));
  };
  return {
    ...table,
    mutate: async (req) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const { state } = holder;
      if (state.status === 'locked') throw new LockedError();
      const trans = req.trans as unknown as IDBTransaction;
      if (!(await lockRowMatches(settings, trans, state))) throw new LockedError();
      if (state.status === 'open') return table.mutate(req);
      const values = await keepAlive(trans, Promise.all(req.values.map((v) => transformRow(name, v, encryptWith(state.key)))));
      return table.mutate({ ...req, values });
    },
    get: async (req) => (await decryptRows(req.trans as unknown as IDBTransaction, [await table.get(req)]))[0],
    getMany: async (req) => decryptRows(req.trans as unknown as IDBTransaction, await table.getMany(req)),
    query: async (req) => {
      const res = await table.query(req);
      if (!req.values) return res;
      return { ...res, result: await decryptRows(req.trans as unknown as IDBTransaction, res.result) };
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      if (!cursor || !req.values || holder.state.status !== 'unlocked') return cursor;
      return decryptingCursor(cursor, (raw) => decryptRows(req.trans as unknown as IDBTransaction, [raw]).then((r) => r[0]));
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
