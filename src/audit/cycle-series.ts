import type { AuditCycle } from '../model/audit';
import { cycleResults, type CycleResults } from './cycle-results';

/**
 * The closed cycles of one audit template in time order, each with its results: what the
 * comparison and the verdicts read. Cycles of any version of the template belong to the series
 * (their questions are matched by id); a copy of the template has another id and another series.
 */
export interface ScoredCycle {
  cycle: AuditCycle;
  results: CycleResults;
}

/** How a verdict names a cycle: enough to find it, and a label for sentences. */
export interface CycleRef {
  id?: number;
  periodStart: string;
  periodEnd: string;
  scheduled: boolean;
  label: string;
}

export function cycleRef(cycle: AuditCycle): CycleRef {
  const ref: CycleRef = { periodStart: cycle.periodStart, periodEnd: cycle.periodEnd, scheduled: cycle.scheduled, label: `${cycle.periodStart} to ${cycle.periodEnd}` };
  if (cycle.id !== undefined) ref.id = cycle.id;
  return ref;
}

/** Closed cycles of the template, by the end of their period, then by when they started. */
export function seriesOf(cycles: readonly AuditCycle[], templateId: string): ScoredCycle[] {
  return cycles
    .filter((c) => c.templateId === templateId && c.status === 'closed')
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : a.startedAt - b.startedAt))
    .map((cycle) => ({ cycle, results: cycleResults(cycle) }));
}

/**
 * At or above target. A hair of tolerance so that, say, 4 yes of 5 (0.8 in exact arithmetic, a
 * float a bit either side) meets an 80% target: "exactly at target" must count as meeting it.
 */
export function meetsTarget(score: number | null, target: number): boolean {
  return score !== null && score >= target - 1e-9;
}

/** The stretch of time a run of cycles covers, e.g. "2026-03-01 to 2026-05-28". */
export const spanLabel = (refs: readonly CycleRef[]): string => `${refs[0]?.periodStart ?? ''} to ${refs.at(-1)?.periodEnd ?? ''}`;

export const percent = (score: number | null): string => (score === null ? 'no score' : `${Math.round(score * 100)}%`);
