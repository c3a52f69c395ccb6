import { afterEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { residentKey } from './keys';
import { nameTokens, recordKeysOf, tokenLookup } from './record-keys';

const secret = (fill: number) => new Uint8Array(32).fill(fill);
const dbs: RecordLensDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('record keys for residents the page shows no id for', () => {
  it('hold a token of the name, the same whatever its case, and never the name itself', async () => {
    const tokens = await nameTokens(secret(1), ['willow-demo|mary seacole']);
    const token = tokenLookup(tokens);
    const key = residentKey('willow-demo', { residentName: 'Mary Seacole' }, token);
    expect(key).toMatch(/^willow-demo\|n:[0-9A-Z]{16}$/);
    expect(key.toLowerCase()).not.toContain('mary');
    expect(residentKey('willow-demo', { residentName: 'MARY SEACOLE' }, token)).toBe(key);
    // A resident with an id is keyed by it, as before: no token needed.
    expect(residentKey('willow-demo', { residentName: 'Mary Seacole', residentId: 'W7' }, token)).toBe('willow-demo|id:W7');
  });

  it('differ between installs and between care systems, so a list of names finds nothing without the secret', async () => {
    const [a, b] = await Promise.all([nameTokens(secret(1), ['willow-demo|mary seacole', 'harbour-demo|mary seacole']), nameTokens(secret(2), ['willow-demo|mary seacole'])]);
    expect(a.get('willow-demo|mary seacole')).not.toBe(b.get('willow-demo|mary seacole'));
    expect(a.get('willow-demo|mary seacole')).not.toBe(a.get('harbour-demo|mary seacole'));
  });

  it('refuse to key a name no token was made for, rather than key it wrongly', () => {
    expect(() => residentKey('willow-demo', { residentName: 'Mary Seacole' }, tokenLookup(new Map()))).toThrow(/No name token was prepared/);
  });

  it('tell a page the stored key of each record it sent, in the order sent', async () => {
    const db = new RecordLensDb('record-keys-test');
    dbs.push(db);
    const notes = [
      { residentName: 'Mary Seacole', careAt: 1, careAtPrecision: 'minute' as const, text: 'Ate well.' },
      { residentName: 'Ada Lovelace', residentId: 'R1', sourceId: 'N9', careAt: 2, careAtPrecision: 'minute' as const, text: 'Walked.' },
    ];
    const keys = await recordKeysOf(db, { recipeId: 'willow-demo', notes, sections: [{ residentName: 'mary seacole', section: 'Mobility', lastUpdated: 1 }] });
    expect(keys.notes[0]).toMatch(/^willow-demo\|n:[0-9A-Z]{16}\|h:/);
    expect(keys.notes[1]).toBe('willow-demo|id:R1|id:N9');
    expect(keys.sections[0]!.startsWith(keys.notes[0]!.split('|h:')[0]!)).toBe(true);
    expect(keys.sections[0]!.endsWith('|mobility')).toBe(true);
  });
});
