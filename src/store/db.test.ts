import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';

const NAME = 'db-upgrade-test';
afterEach(() => Dexie.delete(NAME));

describe('database versions', () => {
  it('opens a version-2 database from an earlier release at the current version, keeping its records', async () => {
    // The v1 + v2 schema exactly as shipped.
    const old = new Dexie(NAME);
    old.version(1).stores({
      notes: '&key, residentKey, careAt, [residentKey+careAt], provenance.system',
      sections: '&key, residentKey, reviewDue',
      sectionHistory: '++id, sectionKey, [sectionKey+seenAt], seenAt',
      snapshots: '++id, capturedAt, tabId, [tabId+capturedAt]',
      dailyRollups: '&id, day',
      settings: '&key',
    });
    old.version(2).stores({
      snapshots: '++id, capturedAt, tabId, [tabId+capturedAt], [url+capturedAt]',
      recipes: '&id',
      pageHealth: '&key, recipeId',
      historyJobs: '++id, status',
    });
    await old.table('notes').put({ key: 'n1', residentKey: 'r1', careAt: 1, text: 'kept' });
    await old.table('settings').put({ key: 'settings', value: { interventions: [] } });
    old.close();

    const db = new RecordLensDb(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.notes.get('n1'))?.text).toBe('kept');
    expect(await db.settings.count()).toBe(1);
    expect(await db.samples.count()).toBe(0);
    db.close();
  });
});
