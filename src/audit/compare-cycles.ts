import type { AuditCycle } from '../model/audit';
import { broadVerdict, type BroadVerdict } from './broad-verdict';
import type { CycleResults } from './cycle-results';
import { cycleRef, seriesOf, type CycleRef, type ScoredCycle } from './cycle-series';
import { embeddedVerdict, type EmbeddedVerdict } from './embedded-verdict';
import { scheduleGap, type ScheduleGap } from './schedule-gap';

/**
 * The comparison view: the baseline cycle beside each later cycle of the same template, question by
 * question, with the three verdicts an inspector asks for (embedded, broad, without prompting).
 *
 * Questions are matched by id across template versions, so rewording a question's guidance keeps
 * its history; a question only one side asked shows a score on that side and no change.
 */
export interface CompareOptions {
  /** The score (0..1) a cycle or a segment must reach, e.g. 0.8. */
  target: number;
  /** Consecutive cycles at or above target for "embedded"; 3 by default (DOMAIN.md). */
  consecutive?: number;
  /** Cycles of each kind behind the scheduled / unscheduled means; 3 by default. */
  gapCycles?: number;
}

export interface CriterionChange {
  criterionId: string;
  text: string;
  baseline: number | null;
  score: number | null;
  change: number | null;
}

export interface CycleComparison {
  cycle: CycleRef;
  results: CycleResults;
  change: number | null;
  criteria: CriterionChange[];
}

export interface SeriesComparison {
  templateId: string;
  baseline: { cycle: CycleRef; results: CycleResults };
  later: CycleComparison[];
  embedded: EmbeddedVerdict;
  broad: BroadVerdict;
  scheduleGap: ScheduleGap;
}

const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

function criterionChanges(baseline: ScoredCycle, later: ScoredCycle): CriterionChange[] {
  const before = new Map(baseline.results.byCriterion.map((c) => [c.criterionId, c]));
  const rows = later.results.byCriterion.map((c) => {
    const b = before.get(c.criterionId)?.score ?? null;
    return { criterionId: c.criterionId, text: c.text, baseline: b, score: c.score, change: diff(c.score, b) };
  });
  const asked = new Set(rows.map((r) => r.criterionId));
  for (const c of baseline.results.byCriterion) {
    if (!asked.has(c.criterionId)) rows.push({ criterionId: c.criterionId, text: c.text, baseline: c.score, score: null, change: null });
  }
  return rows;
}

/**
 * Compares the closed cycles of one template. The baseline is the latest closed cycle marked as
 * baseline, else the first closed cycle; cycles before it are left out (they are not "after").
 * Null when the template has no closed cycle.
 */
export function compareCycles(cycles: readonly AuditCycle[], templateId: string, options: CompareOptions): SeriesComparison | null {
  const all = seriesOf(cycles, templateId);
  if (all.length === 0) return null;
  const marked = all.map((s, i) => (s.cycle.isBaseline ? i : -1)).filter((i) => i >= 0);
  const series = all.slice(marked.at(-1) ?? 0);
  const baseline = series[0]!;
  return {
    templateId,
    baseline: { cycle: cycleRef(baseline.cycle), results: baseline.results },
    later: series.slice(1).map((s) => ({
      cycle: cycleRef(s.cycle),
      results: s.results,
      change: diff(s.results.score, baseline.results.score),
      criteria: criterionChanges(baseline, s),
    })),
    embedded: embeddedVerdict(series, options.target, options.consecutive ?? 3),
    broad: broadVerdict(series, options.target),
    scheduleGap: scheduleGap(series, options.gapCycles ?? 3),
  };
}
