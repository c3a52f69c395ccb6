import type { Measure, MeasureInputs } from '../measure/measure';
import type { Settings } from '../model/settings';
import { MEASURES, withTargets } from '../measure/registry';
import { dailyBacklogToDate, updateLags, type SectionTimeline, type TimelinessRules } from '../measure/timeliness';
import { closedAuditCycles } from './audits';
import type { RecordLensDb } from './db';
import { completedSamples } from './samples';
import { readSettings } from './settings';
import { loadTimelines, readTimelinessRules } from './timeliness';
import { heldHomes, homeNames } from '../bundle/held-homes';
import { unitHomesOf, withHomeUnits } from '../bundle/organisation';

export interface LoadedMeasures {
  inputs: MeasureInputs;
  /** Every measure, with the provider's own targets where a setting holds one. */
  measures: Measure[];
  /** What the inputs were built from, for callers that also list them (the evidence pack). */
  timelines: SectionTimeline[];
  rules: TimelinessRules;
}

/**
 * What every chart, spread table and drift warning is computed from, read in one go: the note
 * roll-ups, the care-plan backlog rebuilt per day from section timelines, update lags, closed
 * audit cycles and completed samples. Its cost grows with days, sections, cycles and samples, never
 * with the number of notes stored.
 */
export async function loadMeasureInputs(db: RecordLensDb, now: number): Promise<LoadedMeasures> {
  // One explicit read transaction: a consistent snapshot, and it keeps Dexie's live-query cache
  // from deep-cloning every roll-up row on the way out (a year of a 60-bed home is ~10,000 rows:
  // the clone cost ~80 ms and doubled the memory of the panel's biggest read).
  const [ownRollups, ownTimelines, rules, ownCycles, ownSamples, settings, held] = await db.transaction(
    'r',
    [db.dailyRollups, db.sections, db.sectionHistory, db.carePlanEvents, db.settings, db.auditCycles, db.samples],
    () =>
      Promise.all([
        db.dailyRollups.toArray(),
        loadTimelines(db),
        readTimelinessRules(db),
        closedAuditCycles(db),
        completedSamples(db),
        readSettings(db),
        heldHomes(db),
      ]),
  );
  const homes = homeNames(settings.homeName, held);
  // The organisational view: other homes' imported records are in every measure, their units named with their home.
  const { rollups, timelines, cycles, samples } = withHomeUnits(homes, { rollups: ownRollups, timelines: ownTimelines, cycles: ownCycles, samples: ownSamples });
  const inputs: MeasureInputs = {
    rollups,
    backlog: timelines.length ? dailyBacklogToDate(timelines, rules, now) : [],
    lags: updateLags(timelines, now),
    cycles,
    samples,
    shifts: settings.shifts,
    // Each home is a segment once another home's bundle is held.
    homes,
    unitHomes: unitHomesOf(homes, timelines),
  };
  return { inputs, measures: measuresWithTargets(settings, rules), timelines, rules };
}

/** Every measure with the provider's targets: the targets screen's, the audit target, the care-plan rules' update lag. */
export const measuresWithTargets = (settings: Settings, rules: TimelinessRules): Measure[] =>
  withTargets(MEASURES, { ...settings.measureTargets, 'audit-score': settings.auditTarget, 'update-lag': rules.updateLagTargetDays });

/** The same, read from the store without the records (for the settings screen). */
export const currentMeasures = async (db: RecordLensDb): Promise<Measure[]> => measuresWithTargets(await readSettings(db), await readTimelinessRules(db));
