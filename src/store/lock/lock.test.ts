import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../../messaging/protocol';
import type { ExtractedNote } from '../../model/note';
import { RecordLensDb } from '../db';
import { ingestCapture } from '../ingest';
import { LockedError, type LockHolder } from './middleware';
import { changePassphrase, disableLock, enableLock, idleMinutesOf, lockStateFor, readLockRow, setIdleMinutes, unlock } from './lock-store';
import { isEncrypted, PBKDF2_ITERATIONS } from './cipher';
import { ENCRYPTED_TABLES } from './sensitive-fields';

let db: RecordLensDb;
let holder: LockHolder;
let n = 0;
let name: string;
beforeEach(async () => {
  name = `lock-test-${++n}`;
  holder = { state: { status: 'open' } };
  db = new RecordLensDb(name, holder);
  await db.open();
});
afterEach(async () => db.delete());

const T0 = Date.parse('2026-11-23T10:00:00Z');
const PASS = 'correct horse battery staple';
const note = (over: Partial<ExtractedNote> = {}): ExtractedNote => ({
  sourceId: 'N1', residentName: 'Margaret Ellis', authorName: 'Jane Smith', residentId: 'R001',
  careAt: T0, careAtPrecision: 'minute', unit: 'Oak', text: 'Margaret walked to the garden at 11:00 and chose tea.', ...over,
});
const batch = (over: Partial<CaptureBatch> = {}): CaptureBatch => ({
  url: 'http://127.0.0.1:4810/harbour/residents/R001/notes', capturedAt: T0 + 3600_000,
  recipeId: 'harbour-demo', recipeVersion: 3, pageId: 'daily-notes', matched: { note: 2, carePlanSection: 1 },
  notes: [note(), note({ sourceId: 'N2', text: 'Refused lunch; offered soup, ate half. Told the nurse.' })],
  sections: [{ residentName: 'Margaret Ellis', residentId: 'R001', section: 'Mobility', lastUpdated: T0 }],
  problems: [{ recordType: 'note', field: 'unit', kind: 'missing', excerpt: 'Margaret Ellis said hello' } as never],
  fieldHits: {}, part: 0, visit: '', ...over,
});

/** Every row of every table, read with a plain connection that has no encryption layer. */
async function rawDump(): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const all: unknown[] = [];
  for (const t of raw.tables) all.push(...(await t.toArray()));
  raw.close();
  return JSON.stringify(all);
}
const PLAIN = ['Margaret', 'Jane Smith', 'garden', 'soup'];

async function rawRow(table: string, key: string): Promise<{ value?: unknown } | undefined> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await raw.table(table).get(key);
  } finally {
    raw.close();
  }
}

describe('the passphrase lock', () => {
  it('derives its key with PBKDF2 at 600,000 iterations (OWASP) and stores only a salt and a verifier', async () => {
    expect((await enableLock(db, holder, PASS)).ok).toBe(true);
    const row = await readLockRow(db);
    expect(row?.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(JSON.stringify(row)).not.toContain(PASS);
  });

  it('ingests in one transaction with the lock on, and the raw rows hold no note text or names', async () => {
    await enableLock(db, holder, PASS);
    expect(await ingestCapture(db, batch())).toMatchObject({ added: 3 });
    expect(await ingestCapture(db, batch({ capturedAt: T0 + 7200_000 }))).toMatchObject({ unchanged: 3 });
    const dump = await rawDump();
    for (const word of PLAIN) expect(dump).not.toContain(word);
    expect(dump).toContain('enc:v1:');
    // The second note is flagged for what it did without saying how she responded: the flag quotes the note.
    const flagged = (await db.notes.get('harbour-demo|id:R001|id:N2'))!.quality.flags;
    const quoted = flagged.flatMap((f) => [f.reason, ...f.evidence]).filter((w) => /[a-z]{4}/i.test(w));
    expect(quoted.length).toBeGreaterThan(0);
    for (const words of quoted) expect(dump).not.toContain(words);
    // Through the lock layer everything reads back as captured, including through a cursor.
    expect((await db.notes.get('harbour-demo|id:R001|id:N1'))?.text).toBe(note().text);
    const viaCursor: string[] = [];
    await db.notes.each((n) => void viaCursor.push(n.authorName ?? ''));
    expect(viaCursor).toEqual(['Jane Smith', 'Jane Smith']);
    // The counts by member of staff (coaching) hold the author's name sealed, and read it back plain.
    expect((await db.staffRollups.toArray()).flatMap((d) => d.staff.map((c) => c.author))).toContain('Jane Smith');
    expect((await db.snapshots.filter(() => true).toArray())[0]?.problems[0]?.excerpt).toBe('Margaret Ellis said hello');
  });

  it('keys a resident the page shows no id for by a sealed token: no name in any key, index or the secret row', async () => {
    const byName = batch({
      notes: [note({ residentId: undefined, sourceId: undefined }), note({ residentId: undefined, sourceId: undefined, text: 'Refused lunch; offered soup, ate half.' })],
      sections: [{ residentName: 'Margaret Ellis', section: 'Mobility', lastUpdated: T0 }],
      problems: [],
    });
    await ingestCapture(db, byName); // the secret is made while the store is open
    const plainSecret = [...((await db.settings.get('pseudonymSecret'))!.value as Uint8Array)];
    await enableLock(db, holder, PASS);
    expect(await ingestCapture(db, byName)).toMatchObject({ added: 0, unchanged: 3 });
    const keys = (await db.notes.orderBy('residentKey').uniqueKeys()).map(String);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^harbour-demo\|n:[0-9A-Z]{16}$/);
    const dump = (await rawDump()).toLowerCase();
    for (const word of ['margaret', 'ellis', 'soup']) expect(dump).not.toContain(word);
    // The secret that keys the tokens is sealed too: its bytes are nowhere in the store.
    expect((await rawRow('settings', 'pseudonymSecret'))?.value).toEqual({ sealed: expect.stringMatching(/^enc:v1:/) });
    // Locked, nothing can key a name: a capture by name is refused before anything is written.
    holder.state = { status: 'locked' };
    await expect(ingestCapture(db, batch({ ...byName, capturedAt: T0 + 9e6 }))).rejects.toThrow(LockedError);
    // Unlocked again, the same resident gets the same key; without the lock the bytes come back.
    await unlock(db, holder, PASS);
    expect(await ingestCapture(db, { ...byName, capturedAt: T0 + 9e6 })).toMatchObject({ added: 0 });
    await disableLock(db, holder, PASS);
    expect([...((await db.settings.get('pseudonymSecret'))!.value as Uint8Array)]).toEqual(plainSecret);
  });

  it('seals a secret an older version kept as bytes in a locked store, at the next unlock', async () => {
    await enableLock(db, holder, PASS);
    await db.settings.put({ key: 'pseudonymSecret', value: new Uint8Array(32).fill(7) });
    holder.state = { status: 'locked' };
    await unlock(db, holder, PASS);
    expect((await db.settings.get('pseudonymSecret'))!.value).toEqual({ sealed: expect.stringMatching(/^enc:v1:/) });
    await disableLock(db, holder, PASS);
    expect([...((await db.settings.get('pseudonymSecret'))!.value as Uint8Array)]).toEqual(new Array(32).fill(7));
  });

  it('keeps every record equal through enable, change of passphrase and disable', async () => {
    await ingestCapture(db, batch());
    await db.samples.add({
      status: 'complete', seed: 1, population: 2, noteKeys: ['harbour-demo|id:R001|id:N1'], url: 'http://127.0.0.1/x', system: 'harbour-demo',
      reviewer: { role: 'Deputy manager', name: 'Priya Margaret' }, scheduled: false, startedAt: T0,
      judgements: [{ noteKey: 'harbour-demo|id:R001|id:N1', careAt: T0, rulesVersion: 1, engineFlags: [], verdicts: {}, added: [], comment: 'Margaret was happy', judgedAt: T0 }],
    } as never);
    await db.coachingEvents.add({
      day: '2026-11-20', coached: { kind: 'author', authorName: 'Jo Margaret' }, focus: ['vague'], note: 'Went through Margaret\'s notes', followUpSize: 10, recordedAt: T0,
      checks: [{ noteKey: 'harbour-demo|id:R001|id:N1', careAt: T0, rulesVersion: 1, engineFlags: [], verdicts: {}, added: [], comment: 'Margaret now named', judgedAt: T0 }],
    });
    const before = await Promise.all(ENCRYPTED_TABLES.map((t) => db.table(t).toArray()));
    await enableLock(db, holder, PASS);
    expect(await Promise.all(ENCRYPTED_TABLES.map((t) => db.table(t).toArray()))).toEqual(before);
    expect((await changePassphrase(db, holder, PASS, 'a new passphrase here')).ok).toBe(true);
    expect(await Promise.all(ENCRYPTED_TABLES.map((t) => db.table(t).toArray()))).toEqual(before);
    expect((await rawDump()).includes('Margaret')).toBe(false);
    expect((await disableLock(db, holder, 'a new passphrase here')).ok).toBe(true);
    expect(holder.state.status).toBe('open');
    expect(await Promise.all(ENCRYPTED_TABLES.map((t) => db.table(t).toArray()))).toEqual(before);
    expect(await rawDump()).not.toContain('enc:v1:');
    expect(await readLockRow(db)).toBeUndefined();
  });

  it('refuses a wrong passphrase in words and loses nothing', async () => {
    await ingestCapture(db, batch());
    await enableLock(db, holder, PASS);
    const rawBefore = await rawDump();
    holder.state = { status: 'locked' };
    const wrong = await unlock(db, holder, 'not the passphrase');
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/does not open Record Lens\. Nothing was changed/) });
    expect(await disableLock(db, holder, 'not the passphrase')).toMatchObject({ ok: false });
    expect(await changePassphrase(db, holder, 'not the passphrase', 'whatever else here')).toMatchObject({ ok: false });
    expect(holder.state.status).toBe('locked');
    expect(await rawDump()).toBe(rawBefore);
    const right = await unlock(db, holder, PASS);
    expect(right.ok).toBe(true);
    expect((await db.notes.toArray()).map((n) => n.residentName)).toEqual(['Margaret Ellis', 'Margaret Ellis']);
  });

  it('while locked, a capture stores nothing and says why; reads show only ciphertext', async () => {
    await enableLock(db, holder, PASS);
    holder.state = { status: 'locked' };
    await expect(ingestCapture(db, batch())).rejects.toThrow(LockedError);
    expect(await db.notes.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.dailyRollups.count()).toBe(0);
    expect(new LockedError().message).toBe('Record Lens is locked: capture paused until someone unlocks it.');
  });

  it('writes outside an explicit transaction (a sample added, then updated) are encrypted too', async () => {
    await enableLock(db, holder, PASS);
    const id = await db.samples.add({
      status: 'in-progress', seed: 1, population: 2, noteKeys: ['k'], url: 'http://127.0.0.1/x', system: 'harbour-demo',
      reviewer: { role: 'Deputy manager', name: 'Priya Margaret' }, scheduled: false, startedAt: T0, judgements: [],
    } as never);
    await db.samples.update(id, { status: 'complete', judgements: [{ noteKey: 'k', careAt: T0, rulesVersion: 1, engineFlags: [], verdicts: {}, added: [], comment: 'Margaret smiled', judgedAt: T0 }] });
    const back = await db.samples.get(id);
    expect(back?.reviewer.name).toBe('Priya Margaret');
    expect(back?.judgements[0]?.comment).toBe('Margaret smiled');
    expect(await rawDump()).not.toContain('Margaret');
  });

  it('a capture written under a stale state is refused: no plain text into a locked store, no ciphertext under an old key', async () => {
    const stale = { state: { status: 'open' } } as LockHolder;
    const other = new RecordLensDb(name, stale);
    await enableLock(db, holder, PASS); // another context set the passphrase after `other` last looked
    await expect(ingestCapture(other, batch())).rejects.toThrow(LockedError);
    const { keyBytes } = (await unlock(db, holder, PASS)) as { keyBytes: Uint8Array<ArrayBuffer> };
    stale.state = await lockStateFor(db, keyBytes);
    await changePassphrase(db, holder, PASS, 'another long passphrase');
    await expect(ingestCapture(other, batch())).rejects.toThrow(LockedError);
    other.close();
    expect(await db.notes.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('keeps how long it may stay open without use (15 minutes unless chosen) through a change of passphrase', async () => {
    await setIdleMinutes(db, 30); // no lock yet: nothing to keep it with
    expect(await readLockRow(db)).toBeUndefined();
    await enableLock(db, holder, PASS);
    expect(idleMinutesOf(await readLockRow(db))).toBe(15);
    await setIdleMinutes(db, 5);
    await changePassphrase(db, holder, PASS, 'a new passphrase here');
    expect(idleMinutesOf(await readLockRow(db))).toBe(5);
    await expect(setIdleMinutes(db, -1)).rejects.toThrow();
    expect(idleMinutesOf(await readLockRow(db))).toBe(5);
  });

  it('a context finds its state from the lock row and the session key bytes', async () => {
    expect(await lockStateFor(db, undefined)).toEqual({ status: 'open' });
    const { keyBytes } = (await enableLock(db, holder, PASS)) as { keyBytes: Uint8Array<ArrayBuffer> };
    expect((await lockStateFor(db, undefined)).status).toBe('locked');
    expect((await lockStateFor(db, keyBytes)).status).toBe('unlocked');
    expect((await lockStateFor(db, new Uint8Array(32))).status).toBe('locked');
    const plain = new RecordLensDb(name);
    const stored = (await plain.notes.toArray()).map((n) => n.text);
    plain.close();
    expect(stored).toEqual([]);
    await ingestCapture(db, batch());
    const again = new RecordLensDb(name);
    expect((await again.notes.toArray()).every((n) => isEncrypted(n.text) && isEncrypted(n.residentName))).toBe(true);
    again.close();
  });
});
