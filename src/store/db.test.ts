import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { shippedDatabase } from './shipped-schemas';

const NAME = 'db-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('database versions', () => {
  it('opens a version-2 database from an earlier release at the current version, keeping its records', async () => {
    const old = shippedDatabase(NAME, 2);
    await old.table('notes').put({ key: 'n1', residentKey: 'r1', careAt: 1, text: 'kept' });
    await old.table('settings').put({ key: 'settings', value: { interventions: [] } });
    old.close();

    const db = new RecordLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.notes.get('n1'))?.text).toBe('kept');
    expect(await db.settings.count()).toBe(1);
    expect(await db.samples.count()).toBe(0);
    db.close();
  });

  it('rebuilds the daily roll-ups of a version-3 database from its notes, with author role and residents per day', async () => {
    const old = shippedDatabase(NAME, 3);
    // 10:00 London on a Tuesday in July: day shift, weekday.
    const at = Date.UTC(2026, 6, 7, 9, 0);
    const note = (key: string, residentKey: string, authorRole: string | undefined, flags: string[]) => ({
      key,
      residentKey,
      careAt: at,
      unit: 'Oak',
      text: 'x',
      ...(authorRole ? { authorRole } : {}),
      provenance: { system: 'harbour' },
      quality: { rulesVersion: 1, score: flags.length ? 40 : 90, flags: flags.map((rule) => ({ rule })) },
    });
    await old.table('notes').bulkPut([note('a', 'r1', 'Carer', ['vague']), note('b', 'r1', 'Carer', []), note('c', 'r2', 'Nurse', []), note('d', 'r3', undefined, [])]);
    // A v3 roll-up row (no role, no residents) that the upgrade must replace, not keep beside the new ones.
    await old.table('dailyRollups').put({ id: '2026-07-07|harbour|Oak|day|weekday', day: '2026-07-07', system: 'harbour', unit: 'Oak', shift: 'day', dayType: 'weekday', notes: 4, flagged: { vague: 1 }, scoreSum: 310 });
    old.close();

    const db = new RecordLensDb(NAME);
    const rows = await db.dailyRollups.toArray();
    expect(rows.map((r) => r.role).sort()).toEqual(['Carer', 'Nurse', 'Unknown role']);
    const carer = rows.find((r) => r.role === 'Carer')!;
    expect(carer).toMatchObject({ day: '2026-07-07', unit: 'Oak', shift: 'day', dayType: 'weekday', notes: 2, flagged: { vague: 1 }, scoreSum: 130, residents: { r1: 2 } });
    expect(rows.reduce((s, r) => s + r.notes, 0)).toBe(4);
    db.close();
  });
});
