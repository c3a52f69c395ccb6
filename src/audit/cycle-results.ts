import type { AnswerValue, AuditCriterion, AuditCycle } from '../model/audit';
import { compareDimensionValues, dimensionsOf, type DimensionValue } from './segment';

/**
 * A cycle's figures: overall, per question and per segment, each with how many records and
 * answers stand behind it, so a 100% from two records is never mistaken for one from forty.
 *
 * Scoring: yes = 1, partly = 0.5, no = 0; a score question is scaled to 0..1 on its own scale;
 * "not applicable" is left out (counted apart), never scored as a pass or a fail. A figure is the
 * mean of the scored answers behind it, or null when there are none.
 */
export interface ScoreSummary {
  score: number | null;
  /** Records with at least one scored answer. */
  recordsAudited: number;
  answersScored: number;
  notApplicable: number;
}

export interface CriterionResult extends ScoreSummary {
  criterionId: string;
  text: string;
}

/** One value of one dimension, e.g. unit Cedar, or shift night: the rows of the spread table. */
export interface SegmentResult extends ScoreSummary, DimensionValue {}

export interface CycleResults extends ScoreSummary {
  sampled: number;
  /** Sampled records with no answer at all (e.g. the record could not be found again). */
  unanswered: number;
  byCriterion: CriterionResult[];
  bySegment: SegmentResult[];
}

/** An answer as a number in 0..1, or null for "not applicable". */
export function answerScore(criterion: AuditCriterion, value: AnswerValue): number | null {
  if (value === 'na') return null;
  if (criterion.kind === 'score') return typeof value === 'number' ? (value - criterion.min) / (criterion.max - criterion.min) : null;
  return value === 'yes' ? 1 : value === 'partly' ? 0.5 : value === 'no' ? 0 : null;
}

class Tally {
  private sum = 0;
  private scored = 0;
  private na = 0;
  private readonly records = new Set<string>();
  add(recordKey: string, score: number | null): void {
    if (score === null) {
      this.na++;
      return;
    }
    this.sum += score;
    this.scored++;
    this.records.add(recordKey);
  }
  summary(): ScoreSummary {
    return { score: this.scored ? this.sum / this.scored : null, recordsAudited: this.records.size, answersScored: this.scored, notApplicable: this.na };
  }
}

/** Scores a cycle as it stands (open or closed); answers to questions the frozen template lacks are ignored. */
export function cycleResults(cycle: AuditCycle): CycleResults {
  const overall = new Tally();
  const criteria = new Map(cycle.template.criteria.map((c) => [c.id, { criterion: c, tally: new Tally() }]));
  const segments = new Map<string, DimensionValue & { tally: Tally }>();
  let unanswered = 0;

  for (const { recordKey, segment } of cycle.sample) {
    const answers = cycle.answers[recordKey] ?? [];
    if (answers.length === 0) unanswered++;
    const cells = dimensionsOf(segment).map((d) => {
      const key = `${d.dimension}\u0000${d.value}`;
      const cell = segments.get(key) ?? { ...d, tally: new Tally() };
      segments.set(key, cell);
      return cell.tally;
    });
    for (const a of answers) {
      const entry = criteria.get(a.criterionId);
      if (!entry) continue;
      const score = answerScore(entry.criterion, a.value);
      for (const tally of [overall, entry.tally, ...cells]) tally.add(recordKey, score);
    }
  }

  return {
    ...overall.summary(),
    sampled: cycle.sample.length,
    unanswered,
    byCriterion: [...criteria.values()].map(({ criterion, tally }) => ({ criterionId: criterion.id, text: criterion.text, ...tally.summary() })),
    bySegment: [...segments.values()]
      .sort(compareDimensionValues)
      .map(({ dimension, value, label, tally }) => ({ dimension, value, label, ...tally.summary() })),
  };
}
