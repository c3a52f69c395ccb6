import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeAuditCycle } from '../store/audits';
import { RecordLensDb } from '../store/db';
import { LockedError, type LockHolder } from '../store/lock/middleware';
import { enableLock } from '../store/lock/lock-store';
import { seedEveryTable } from '../store/purge-fixture';
import { exportBundle } from './export';
import { importBundle } from './import';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');
const PASS = 'correct horse battery staple';

let n = 0;
let home: RecordLensDb;
let group: RecordLensDb;
let holder: LockHolder;
let name: string;
beforeEach(async () => {
  home = new RecordLensDb(`locked-home-${++n}`);
  name = `locked-group-${n}`;
  holder = { state: { status: 'open' } };
  group = new RecordLensDb(name, holder);
  await Promise.all([home.open(), group.open()]);
});
afterEach(async () => Promise.all([home.delete(), group.delete()]));

/** Every row of every table, read with a plain connection that has no encryption layer. */
async function rawDump(): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const all: unknown[] = [];
  for (const t of raw.tables) all.push(...(await t.toArray()));
  raw.close();
  return JSON.stringify(all);
}

describe('importing into a store with a passphrase', () => {
  it('encrypts the imported names and words like a capture, and a locked store imports nothing', async () => {
    await seedEveryTable(home, T0);
    await closeAuditCycle(home, (await home.auditCycles.toArray())[0]!.id!, T0 + 12 * DAY);
    // With names: the words that must not be readable in the raw store.
    const text = JSON.stringify(await exportBundle(home, { names: true, now: T0 + 20 * DAY }));
    expect(text).toContain('Ada Lovelace');
    await enableLock(group, holder, PASS);
    expect(await importBundle(group, text)).toMatchObject({ ok: true, status: 'added' });
    const dump = await rawDump();
    // "chose tea" too: a copied-forward flag's reason quotes the note, and the lock encrypts flags' words.
    for (const word of ['Ada Lovelace', 'Grace Hopper', 'Jo Carer', 'garden with support', 'Jo Bloggs', 'chose tea']) expect(dump).not.toContain(word);
    expect(dump).toContain('enc:v1:');
    // Through the lock layer the records read back as exported.
    expect((await group.notes.filter((x) => x.residentName === 'Ada Lovelace').count())).toBe(40);

    holder.state = { status: 'locked' };
    const before = await group.notes.count();
    await expect(importBundle(group, JSON.stringify({ ...JSON.parse(text), exportedAt: T0 + 30 * DAY }))).rejects.toBeInstanceOf(LockedError);
    holder.state = { status: 'open' };
    expect(await new Dexie(name).open().then(async (raw) => { const c = await raw.table('notes').count(); raw.close(); return c; })).toBe(before);
  });
});
