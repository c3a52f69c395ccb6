import type { PurgeCounts } from './purge';
import type { PurgeTable } from './purge-plan';

/** What each table holds, in the user's words: [one, many]. */
const WORDS: Record<PurgeTable, [string, string]> = {
  notes: ['note', 'notes'],
  sections: ['care-plan section', 'care-plan sections'],
  sectionHistory: ['earlier state of a care-plan section', 'earlier states of care-plan sections'],
  carePlanEvents: ['care-plan event', 'care-plan events'],
  careSystemAudits: ["answer from the care system's own audits", "answers from the care system's own audits"],
  snapshots: ['record of a page being read', 'records of pages being read'],
  pageHealth: ['page health record', 'page health records'],
  historyJobs: ['history capture', 'history captures'],
  dailyRollups: ['daily total', 'daily totals'],
  staffRollups: ['daily total by member of staff', 'daily totals by member of staff'],
  samples: ['sample', 'samples'],
  auditCycles: ['audit cycle', 'audit cycles'],
  coachingEvents: ['coaching session', 'coaching sessions'],
  settings: ['settings', 'settings'],
};

const phrase = (t: PurgeTable, n: number) => (t === 'settings' ? 'settings (the baseline, interventions, dismissed warnings and remembered reviewer are reset)' : `${n} ${WORDS[t][n === 1 ? 0 : 1]}`);

/**
 * The counts of a purge (or its preview) as two lists of phrases: what is deleted outright, and
 * what is kept with the purged parts taken out ("12 daily totals", "1 sample"). Empty lists mean
 * nothing stored matched.
 */
export function purgeWords(counts: PurgeCounts): { deleted: string[]; changed: string[] } {
  const list = (m: Record<PurgeTable, number>) =>
    (Object.keys(WORDS) as PurgeTable[]).filter((t) => m[t] > 0).map((t) => phrase(t, m[t]));
  return { deleted: list(counts.deleted), changed: list(counts.changed) };
}

export const nothingMatched = (counts: PurgeCounts) =>
  Object.values(counts.deleted).every((n) => n === 0) && Object.values(counts.changed).every((n) => n === 0);
