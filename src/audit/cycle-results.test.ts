import { describe, expect, it } from 'vitest';
import type { AuditTemplate } from '../model/audit';
import { answerScore, cycleResults } from './cycle-results';
import { handCycle } from './test-support';

const twoQuestions: AuditTemplate = {
  id: 'two',
  version: 1,
  name: 'Two questions',
  recordType: 'note',
  criteria: [
    { id: 'specific', kind: 'ynpn', text: 'Specific?', guidance: '' },
    { id: 'clarity', kind: 'score', text: 'How clear?', guidance: '', min: 1, max: 5 },
  ],
};

describe('answerScore', () => {
  it('scores yes 1, partly 0.5, no 0, scales a score to 0..1, and leaves not applicable out', () => {
    const [yn, sc] = twoQuestions.criteria as [AuditTemplate['criteria'][number], AuditTemplate['criteria'][number]];
    expect([answerScore(yn, 'yes'), answerScore(yn, 'partly'), answerScore(yn, 'no'), answerScore(yn, 'na')]).toEqual([1, 0.5, 0, null]);
    expect([answerScore(sc, 1), answerScore(sc, 3), answerScore(sc, 5), answerScore(sc, 'na')]).toEqual([0, 0.5, 1, null]);
  });
});

describe('cycleResults', () => {
  it('scores overall, per question and per segment, with the numbers behind each', () => {
    const cycle = handCycle(3, [
      { unit: 'Cedar', shift: 'day', value: 'yes' },
      { unit: 'Cedar', shift: 'night', value: 'partly' },
      { unit: 'Oak', shift: 'night', dayType: 'weekend', value: 'no' },
      { unit: 'Oak', shift: 'day', value: 'na' },
    ]);
    const results = cycleResults(cycle);
    // (1 + 0.5 + 0) / 3: not applicable is neither a pass nor a fail.
    expect(results.score).toBeCloseTo(0.5);
    expect(results).toMatchObject({ sampled: 4, unanswered: 0, recordsAudited: 3, answersScored: 3, notApplicable: 1 });
    expect(results.byCriterion).toEqual([{ criterionId: 'specific', text: 'Is it specific?', score: 0.5, recordsAudited: 3, answersScored: 3, notApplicable: 1 }]);
    const by = Object.fromEntries(results.bySegment.map((s) => [`${s.dimension}:${s.value}`, s]));
    expect(by['unit:Cedar']).toMatchObject({ label: 'Cedar', score: 0.75, recordsAudited: 2 });
    expect(by['unit:Oak']).toMatchObject({ score: 0, recordsAudited: 1, notApplicable: 1 });
    expect(by['shift:night']).toMatchObject({ label: 'Night shift', score: 0.25, recordsAudited: 2 });
    expect(by['shift:day']).toMatchObject({ score: 1, recordsAudited: 1 });
    expect(by['dayType:weekend']).toMatchObject({ label: 'Weekends', score: 0 });
    expect(results.bySegment.map((s) => s.dimension)).toEqual(['unit', 'unit', 'shift', 'shift', 'dayType', 'dayType']);
  });

  it('mixes score questions in on their own scale, and counts records left unanswered', () => {
    const cycle = handCycle(4, [{ value: 'yes' }, { value: 'no' }], { template: twoQuestions });
    cycle.answers['m4-r0']!.push({ criterionId: 'clarity', value: 4, answeredAt: 0 });
    cycle.sample.push({ recordKey: 'm4-r2', segment: { unit: 'Cedar', shift: 'day', dayType: 'weekday' } });
    cycle.sampleSize = 3;
    const results = cycleResults(cycle);
    expect(results.score).toBeCloseTo((1 + 0 + 0.75) / 3);
    expect(results.byCriterion.map((c) => c.score)).toEqual([0.5, 0.75]);
    expect(results).toMatchObject({ sampled: 3, unanswered: 1, recordsAudited: 2 });
  });

  it('has no score rather than zero when nothing could be scored', () => {
    const results = cycleResults(handCycle(5, [{ value: 'na' }]));
    expect(results.score).toBeNull();
    expect(results.byCriterion[0]!.score).toBeNull();
    expect(results.bySegment.every((s) => s.score === null)).toBe(true);
  });
});
