import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../../tests/fixtures/db/v1.json';
import v2 from '../../tests/fixtures/db/v2.json';
import v3 from '../../tests/fixtures/db/v3.json';
import type { Note } from '../model/note';
import { RecordLensDb } from './db';
import { RollupDelta } from './note-rollup';
import { shippedDatabase } from './shipped-schemas';

type Fixture = { version: number; tables: Record<string, unknown[]> };
const NAME = 'db-fixture-test';
afterEach(() => Dexie.delete(NAME));

async function writeOld(fixture: Fixture) {
  const old = shippedDatabase(NAME, fixture.version);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

describe.each([v1, v2, v3] as Fixture[])('a version-$version database with real records', (fixture) => {
  it('opens at the current version with every record kept and the roll-ups rebuilt from its notes', async () => {
    await writeOld(fixture);
    const db = new RecordLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'dailyRollups') continue;
      expect(await db.table(table).toArray(), table).toEqual(rows);
    }
    // Indexes answer as before: a resident's notes in time order, a section's history.
    const residentKey = (fixture.tables.notes![0] as Note).residentKey;
    const byIndex = await db.notes.where('[residentKey+careAt]').between([residentKey, -Infinity], [residentKey, Infinity]).toArray();
    expect(byIndex.length).toBe((fixture.tables.notes as Note[]).filter((n) => n.residentKey === residentKey).length);
    // Roll-ups are derived: the same totals as the old ones, now with role and residents.
    const rollups = await db.dailyRollups.toArray();
    const total = (rs: { notes: number }[]) => rs.reduce((s, r) => s + r.notes, 0);
    expect(total(rollups)).toBe(total(fixture.tables.dailyRollups as { notes: number }[]));
    const delta = new RollupDelta();
    for (const n of fixture.tables.notes as Note[]) delta.add(n, 1);
    const sortById = <T extends { id: string }>(rs: T[]) => [...rs].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(rollups)).toEqual(sortById(delta.apply([])));
    expect(rollups.every((r) => r.role && Object.keys(r.residents).length > 0)).toBe(true);
    // Tables a later version added start empty and work.
    expect(await db.samples.count()).toBe(fixture.version >= 3 ? 1 : 0);
    db.close();
  });
});
