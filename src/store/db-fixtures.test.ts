import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../../tests/fixtures/db/v1.json';
import v2 from '../../tests/fixtures/db/v2.json';
import v3 from '../../tests/fixtures/db/v3.json';
import v4 from '../../tests/fixtures/db/v4.json';
import v5 from '../../tests/fixtures/db/v5.json';
import type { Note } from '../model/note';
import { RecordLensDb } from './db';
import { ingestCapture } from './ingest';
import { coachingInputs, ensureStaffRollups } from './coaching';
import { RollupDelta } from './note-rollup';
import { rollupsAndRebuild } from './purge-fixture';
import { shippedDatabase } from './shipped-schemas';

type Fixture = { version: number; tables: Record<string, unknown[]> };
/** The fixture keeps the secret's bytes as a list of numbers (JSON); IndexedDB kept a Uint8Array. */
const asStored = (row: unknown) => {
  const r = row as { key?: string; value?: unknown };
  return r.key === 'pseudonymSecret' && Array.isArray(r.value) ? { ...r, value: Uint8Array.from(r.value as number[]) } : row;
};
const NAME = 'db-fixture-test';
const CURRENT = 6;
afterEach(() => Dexie.delete(NAME));

async function writeOld(fixture: Fixture) {
  const old = shippedDatabase(NAME, fixture.version);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows.map(asStored));
  old.close();
}

/** The resident of every fixture whose pages show no id: keyed by name up to v4. */
const OLD_KEY = 'harbour-demo|name:derek parry';
const byJson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v))).sort();

describe.each([v1, v2, v3, v4] as Fixture[])('a version-$version database with real records', (fixture) => {
  it('opens at the current version with every record kept, names out of keys, and the roll-ups rebuilt from its notes', async () => {
    await writeOld(fixture);
    const db = new RecordLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    // v5: the name-keyed resident now has a token in every key, and nowhere the name.
    const newKey = (await db.notes.filter((n) => n.residentName === 'Derek Parry').first())!.residentKey;
    expect(newKey).toMatch(/^harbour-demo\|n:[0-9A-Z]{16}$/);
    const rekeyed = (rows: unknown[]) => JSON.parse(JSON.stringify(rows).split(OLD_KEY).join(newKey)) as unknown[];
    expect(JSON.stringify(fixture.tables)).toContain(OLD_KEY);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'dailyRollups') continue;
      const now = await db.table(table).toArray();
      // Before v4 no pseudonym secret existed: the upgrade made the one the tokens are keyed with.
      const kept = table === 'settings' && fixture.version < 4 ? now.filter((r: { key: string }) => r.key !== 'pseudonymSecret') : now;
      expect(byJson(kept), table).toEqual(byJson(rekeyed(rows)));
      expect(JSON.stringify(now), table).not.toContain('name:');
    }
    // Indexes answer as before: a resident's notes in time order, a section's history.
    for (const residentKey of [(fixture.tables.notes![0] as Note).residentKey, newKey]) {
      const byIndex = await db.notes.where('[residentKey+careAt]').between([residentKey, -Infinity], [residentKey, Infinity]).toArray();
      expect(byIndex.length).toBe((rekeyed(fixture.tables.notes!) as Note[]).filter((n) => n.residentKey === residentKey).length);
    }
    expect(await db.sectionHistory.where('sectionKey').startsWith(`${newKey}|`).count()).toBeGreaterThan(0);
    // Roll-ups are derived: the same totals as the old ones, now with role and residents.
    const rollups = await db.dailyRollups.toArray();
    const total = (rs: { notes: number }[]) => rs.reduce((s, r) => s + r.notes, 0);
    expect(total(rollups)).toBe(total(fixture.tables.dailyRollups as { notes: number }[]));
    const delta = new RollupDelta();
    for (const n of rekeyed(fixture.tables.notes!) as Note[]) delta.add(n, 1);
    const sortById = <T extends { id: string }>(rs: T[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(rollups)).toEqual(sortById(delta.apply([])));
    expect(rollups.every((r) => r.role && Object.keys(r.residents).length > 0)).toBe(true);
    // Tables a later version added start empty and work.
    expect(await db.samples.count()).toBe(fixture.version >= 3 ? 2 : 0);
    // The same note captured again after the upgrade is recognised, not stored twice.
    const derek = (await db.notes.where('residentKey').equals(newKey).first())!;
    const { key: _k, residentKey: _r, provenance, quality: _q, ...extracted } = derek;
    const again = await ingestCapture(db, {
      url: provenance.url, capturedAt: provenance.capturedAt + 60_000, recipeId: 'harbour-demo', recipeVersion: provenance.recipeVersion, pageId: 'daily-notes',
      matched: { note: 1 }, fieldHits: {}, visit: 'again', part: 0, notes: [extracted], sections: [], problems: [],
    });
    expect(again).toMatchObject({ added: 0, unchanged: 1 });
    db.close();
  });
});

describe('a version-4 store opened while its lock is locked', () => {
  it('upgrades anyway: the upgrade moves rows as stored and never needs the key', async () => {
    await writeOld(v4 as Fixture);
    const db = new RecordLensDb(NAME, { state: { status: 'locked' } });
    await db.open();
    expect(db.verno).toBe(CURRENT);
    const keys = (await db.notes.orderBy('residentKey').uniqueKeys()).map(String);
    expect(keys.some((k) => k.includes('|n:'))).toBe(true);
    expect(keys.some((k) => k.includes('name:'))).toBe(false);
    db.close();
  });
});

describe('a version-5 database with real records', () => {
  it('opens at the current version with every record as it was, coaching sessions can be added, and its notes are counted by member of staff once', async () => {
    const fixture = v5 as Fixture;
    await writeOld(fixture);
    const db = new RecordLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    for (const [table, rows] of Object.entries(fixture.tables)) expect(byJson(await db.table(table).toArray()), table).toEqual(byJson(rows));
    expect(await db.coachingEvents.count()).toBe(0);
    await db.coachingEvents.add({ day: '2026-05-04', coached: { kind: 'group', unit: 'Oak' }, focus: ['vague'], followUpSize: 10, checks: [], recordedAt: 1 });
    expect(await db.coachingEvents.where('day').equals('2026-05-04').count()).toBe(1);
    // Its notes are not counted by member of staff yet (the upgrade may not hold the lock's key):
    // coaching says so, counts them once, and then matches a count of the notes.
    expect(await db.staffRollups.count()).toBe(0);
    expect((await coachingInputs(db, [{ day: '2026-05-04' }], '2026-06-01')).ready).toBe(false);
    await ensureStaffRollups(db);
    const { stored, rebuilt } = await rollupsAndRebuild(db);
    expect(stored.staff).toEqual(rebuilt.staff);
    expect(stored.staff.flatMap((d) => d.staff).reduce((n, c) => n + c.notes, 0)).toBe(fixture.tables.notes!.length);
    db.close();
  });
});
