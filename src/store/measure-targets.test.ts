import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordLensDb } from './db';
import { currentMeasures, loadMeasureInputs } from './measure-inputs';
import { writeSettings } from './settings';
import { writeTimelinessRules, readTimelinessRules } from './timeliness';

let db: RecordLensDb;
let n = 0;
beforeEach(async () => {
  db = new RecordLensDb(`targets-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

const target = (ms: { id: string; target: number }[], id: string) => ms.find((m) => m.id === id)!.target;

describe("the provider's own targets", () => {
  it('replace the defaults wherever measures are read, each from its one setting', async () => {
    expect(target(await currentMeasures(db), 'vague')).toBe(0.15);
    await writeSettings(db, { measureTargets: { vague: 0.1, 'notes-per-resident-day': 6 }, auditTarget: 0.9 });
    await writeTimelinessRules(db, { ...(await readTimelinessRules(db)), updateLagTargetDays: 3 });
    for (const measures of [await currentMeasures(db), (await loadMeasureInputs(db, Date.now())).measures]) {
      expect(target(measures, 'vague')).toBe(0.1);
      expect(target(measures, 'notes-per-resident-day')).toBe(6);
      expect(target(measures, 'audit-score')).toBe(0.9);
      expect(target(measures, 'update-lag')).toBe(3);
      expect(target(measures, 'late-entry')).toBe(0.1); // untouched: the default
    }
  });

  it('refuses a negative target rather than store it', async () => {
    await expect(writeSettings(db, { measureTargets: { vague: -1 } })).rejects.toThrow();
  });
});
