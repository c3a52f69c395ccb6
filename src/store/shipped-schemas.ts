import Dexie from 'dexie';

/**
 * For upgrade tests: each earlier database version's schema exactly as it shipped, so a test can
 * write records into the very database that version made. Copied on purpose, never imported from
 * db.ts: a change to a shipped version there must fail the tests, not move them along with it.
 */
export const SHIPPED_SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    notes: '&key, residentKey, careAt, [residentKey+careAt], provenance.system',
    sections: '&key, residentKey, reviewDue',
    sectionHistory: '++id, sectionKey, [sectionKey+seenAt], seenAt',
    snapshots: '++id, capturedAt, tabId, [tabId+capturedAt]',
    dailyRollups: '&id, day',
    settings: '&key',
  },
  2: { snapshots: '++id, capturedAt, tabId, [tabId+capturedAt], [url+capturedAt]', recipes: '&id', pageHealth: '&key, recipeId', historyJobs: '++id, status' },
  3: {
    samples: '++id, status, startedAt',
    carePlanEvents: '&key, sectionKey, residentKey, at',
    auditCycles: '++id, status, templateId, startedAt',
    auditTemplates: '&key, id',
    careSystemAudits: '&key, at',
  },
  // v4 changed rows (roll-ups), not indexes.
  4: {},
  // v5 changed keys (name tokens), not indexes.
  5: {},
};

/** A database as version `version` of Record Lens declared it (not opened). */
export function shippedDatabase(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SHIPPED_SCHEMAS[v]!);
  return db;
}
