import { describe, expect, it } from 'vitest';
import { CARE_PLAN_AUDIT, DAILY_NOTES_AUDIT } from './builtin-templates';
import { cycleResults } from './cycle-results';
import { noteFrameRecord, sectionFrameRecord } from './frame-records';
import { answerRecord, closeCycle, startCycle, type StartCycleInput } from './cycle-steps';
import { drawStratifiedSample } from './stratified-sample';

const records = [
  { key: 'before', at: Date.UTC(2026, 9, 31, 23, 30), unit: 'Oak' }, // 31 Oct, London GMT: outside November
  { key: 'a', at: Date.UTC(2026, 10, 2, 10), unit: 'Oak' },
  { key: 'b', at: Date.UTC(2026, 10, 7, 22), unit: 'Oak' },
  { key: 'c', at: Date.UTC(2026, 10, 30, 23, 59), unit: 'Cedar' },
  { key: 'after', at: Date.UTC(2026, 11, 1, 0, 0), unit: 'Cedar' },
];
const input: StartCycleInput = {
  template: DAILY_NOTES_AUDIT, records, periodStart: '2026-11-01', periodEnd: '2026-11-30',
  sampleSize: 10, scheduled: false, seed: 42, auditor: { role: 'Quality lead' }, startedAt: 1000,
};

describe('cycle steps', () => {
  it('starts a cycle from the period\u2019s records with the draw recorded', () => {
    const started = startCycle(input);
    if (!started.ok) throw new Error(started.problems.join());
    const { cycle } = started;
    expect(cycle.sample.map((s) => s.recordKey).sort()).toEqual(['a', 'b', 'c']);
    expect(cycle).toMatchObject({ status: 'open', templateId: 'builtin-daily-notes', templateVersion: 1, scheduled: false, seed: 42, shifts: { dayStartsAt: 8, nightStartsAt: 20 } });
    const redrawn = drawStratifiedSample(records.slice(1, 4), cycle.sampleSize, cycle.seed, cycle.shifts);
    expect(redrawn.sample).toEqual(cycle.sample);
    expect(startCycle({ ...input, periodStart: '2027-01-01', periodEnd: '2027-01-31' })).toEqual({ ok: false, problems: ['There are no records in this period to sample.'] });
  });

  it('records answers, replacing an earlier answer to the same question, and refuses one that does not fit', () => {
    const started = startCycle(input);
    if (!started.ok) throw new Error();
    const once = answerRecord(started.cycle, 'a', [{ criterionId: 'specific', value: 'no', answeredAt: 1 }, { criterionId: 'outcome', value: 'yes', answeredAt: 1 }]);
    if (!once.ok) throw new Error(once.problems.join());
    const twice = answerRecord(once.cycle, 'a', [{ criterionId: 'specific', value: 'partly', answeredAt: 2 }]);
    if (!twice.ok) throw new Error(twice.problems.join());
    expect(twice.cycle.answers['a']!.map((x) => [x.criterionId, x.value])).toEqual([['specific', 'partly'], ['outcome', 'yes']]);
    const wrong = answerRecord(once.cycle, 'a', [{ criterionId: 'specific', value: 3, answeredAt: 2 }]);
    expect(wrong.ok).toBe(false);
    expect(answerRecord(once.cycle, 'not-in-sample', [{ criterionId: 'specific', value: 'yes', answeredAt: 2 }]).ok).toBe(false);
  });

  it('closes once, and a closed cycle\u2019s answers no longer change', () => {
    const started = startCycle(input);
    if (!started.ok) throw new Error();
    const closed = closeCycle(started.cycle, 5000);
    if (!closed.ok) throw new Error(closed.problems.join());
    expect(closed.cycle).toMatchObject({ status: 'closed', closedAt: 5000 });
    expect(closeCycle(closed.cycle, 6000).ok).toBe(false);
    expect(answerRecord(closed.cycle, 'a', [{ criterionId: 'specific', value: 'yes', answeredAt: 1 }]).ok).toBe(false);
  });

  it('samples care-plan sections by unit only, so their results and spread have no shifts', () => {
    const sections = [
      { key: 's1', lastSeenAt: Date.UTC(2026, 10, 20, 23), unit: 'Oak' },
      { key: 's2', lastSeenAt: Date.UTC(2026, 10, 21, 9), unit: 'Cedar' },
    ].map(sectionFrameRecord);
    const started = startCycle({ ...input, template: CARE_PLAN_AUDIT, records: sections });
    if (!started.ok) throw new Error(started.problems.join());
    expect(started.cycle.sample.map((s) => s.segment)).toEqual([{ unit: 'Cedar' }, { unit: 'Oak' }]);
    expect(cycleResults(started.cycle).bySegment.map((s) => s.dimension)).toEqual(['unit', 'unit']);
  });

  it('places a note by when the care happened', () => {
    expect(noteFrameRecord({ key: 'n', careAt: 5, unit: 'Oak' })).toEqual({ key: 'n', at: 5, unit: 'Oak' });
  });
});
