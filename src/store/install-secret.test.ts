import { afterEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { codesFor, installSecret } from './install-secret';

const dbs: RecordLensDb[] = [];
const open = async (name: string) => {
  const db = new RecordLensDb(name);
  dbs.push(db);
  await db.open();
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('the install secret behind pseudonyms', () => {
  it('is made once and kept, so a resident keeps their code across sessions', async () => {
    const db = await open('secret-a');
    const first = await installSecret(db);
    expect(first).toHaveLength(32);
    db.close();
    const again = await open('secret-a');
    expect([...(await installSecret(again))]).toEqual([...first]);
    const a = await codesFor(again, ['harbour-demo|id:R001']);
    expect((await codesFor(again, ['harbour-demo|id:R001']))!.get('harbour-demo|id:R001')).toBe(a!.get('harbour-demo|id:R001'));
  });

  it('differs between installs, and never leaves the settings row it lives in', async () => {
    const [x, y] = [await open('secret-b'), await open('secret-c')];
    const key = 'harbour-demo|id:R001';
    // Reading codes never makes the secret (a live query may not write): none until it is made.
    expect(await codesFor(x, [key])).toBeUndefined();
    await Promise.all([installSecret(x), installSecret(y)]);
    expect((await codesFor(x, [key]))!.get(key)).not.toBe((await codesFor(y, [key]))!.get(key));
    // Its one row, beside the marker a new database gets (its staff counts are complete).
    expect((await x.settings.toArray()).map((r) => r.key).sort()).toEqual(['pseudonymSecret', 'staffRollupsBuilt']);
  });
});
