import { answerScore } from '../../audit/cycle-results';
import { homeOfKeyIn, inSegment, ratioFigure, type Fact, type Measure, type MeasureInputs, type SegmentFilter } from '../measure';

/**
 * Every scored answer of every closed audit cycle, dated by the last day of the period the cycle
 * audited (an audit of October's records shows October, whenever it was done), in the segment of
 * the record it was asked of. All templates count: the score is a share of criteria met.
 */
function auditFacts(inputs: MeasureInputs, f: SegmentFilter): Fact[] {
  if (f.role !== undefined) return [];
  const out: Fact[] = [];
  for (const c of inputs.cycles ?? []) {
    if (c.status !== 'closed') continue;
    const criteria = new Map(c.template.criteria.map((k) => [k.id, k]));
    for (const { recordKey, segment } of c.sample) {
      if (!inSegment(f.home === undefined ? segment : { ...segment, home: homeOfKeyIn(inputs, recordKey) }, f)) continue;
      let sum = 0;
      let n = 0;
      for (const a of c.answers[recordKey] ?? []) {
        const k = criteria.get(a.criterionId);
        const s = k ? answerScore(k, a.value) : null;
        if (s === null) continue;
        sum += s;
        n++;
      }
      if (n) out.push({ day: c.periodEnd, ...(segment.unit ? { unit: segment.unit } : {}), counts: [sum, n] });
    }
  }
  return out;
}

export const AUDIT_MEASURES: readonly Measure[] = [
  {
    id: 'audit-score',
    denominatorName: 'Answers',
    name: 'Audit cycle score',
    unit: 'share',
    direction: 'higher-is-better',
    target: 0.8,
    source: 'audits',
    definition:
      'Share of audit criteria met in closed documentation audit cycles (yes 1, partly ½, no 0, not applicable left out), by the month of the records audited.',
    period: 'month',
    dimensions: ['unit', 'shift', 'dayType', 'home'],
    minDenominator: 10,
    facts: auditFacts,
    summarise: ratioFigure,
  },
];

