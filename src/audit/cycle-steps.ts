import { londonDayKey } from '../extract/dates/london-time';
import { DEFAULT_SHIFTS } from '../measure/segments';
import { AuditCycleSchema, type AuditAnswer, type AuditCycle, type AuditTemplate, type ShiftHours } from '../model/audit';
import type { Reviewer } from '../model/sample';
import { drawStratifiedSample, type FrameRecord } from './stratified-sample';

/**
 * The three steps of a cycle as pure functions (start, answer, close), each returning a cycle
 * that has passed its schema, or the problems in sentences. The store only saves what these return.
 */
export type CycleResult = { ok: true; cycle: AuditCycle } | { ok: false; problems: string[] };

function checked(candidate: AuditCycle): CycleResult {
  const parsed = AuditCycleSchema.safeParse(candidate);
  return parsed.success ? { ok: true, cycle: parsed.data } : { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}

export interface StartCycleInput {
  template: AuditTemplate;
  /**
   * Records of the template's type (see frame-records.ts); those whose time falls outside the
   * period (London days) are left out here. Notes are stratified by unit, shift and day type;
   * care-plan sections by unit.
   */
  records: readonly FrameRecord[];
  periodStart: string;
  periodEnd: string;
  sampleSize: number;
  scheduled: boolean;
  shifts?: ShiftHours;
  seed: number;
  auditor: Reviewer;
  startedAt: number;
  isBaseline?: boolean;
  /** The home's units, so a unit with no records on, say, weekend nights is named in the shortfalls. */
  units?: readonly string[];
}

/** Starts a cycle: freezes a copy of the template and draws the stratified sample from the period's records. */
export function startCycle(input: StartCycleInput): CycleResult {
  const shifts = input.shifts ?? DEFAULT_SHIFTS;
  const inPeriod = input.records.filter((r) => {
    const day = londonDayKey(r.at);
    return day >= input.periodStart && day <= input.periodEnd;
  });
  if (inPeriod.length === 0) return { ok: false, problems: ['There are no records in this period to sample.'] };
  const byTime = input.template.recordType === 'note';
  const drawn = drawStratifiedSample(inPeriod, input.sampleSize, input.seed, shifts, input.units ? { units: input.units, byTime } : { byTime });
  const cycle: AuditCycle = {
    templateId: input.template.id,
    templateVersion: input.template.version,
    template: structuredClone(input.template),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    sampleSize: input.sampleSize,
    scheduled: input.scheduled,
    shifts: { ...shifts },
    seed: input.seed,
    frame: drawn.frame,
    shortfalls: drawn.shortfalls,
    sample: drawn.sample,
    answers: {},
    status: 'open',
    startedAt: input.startedAt,
    auditor: input.auditor,
  };
  if (input.isBaseline) cycle.isBaseline = true;
  return checked(cycle);
}

/** Records answers for one sampled record; a new answer to a question replaces the earlier one. */
export function answerRecord(cycle: AuditCycle, recordKey: string, answers: readonly AuditAnswer[]): CycleResult {
  if (cycle.status === 'closed') return { ok: false, problems: ['This cycle is closed; its answers can no longer change.'] };
  const byCriterion = new Map((cycle.answers[recordKey] ?? []).map((a) => [a.criterionId, a]));
  for (const a of answers) byCriterion.set(a.criterionId, a);
  return checked({ ...cycle, answers: { ...cycle.answers, [recordKey]: [...byCriterion.values()] } });
}

/** Closes a cycle; records left unanswered simply do not count (results say how many were audited). */
export function closeCycle(cycle: AuditCycle, closedAt: number): CycleResult {
  if (cycle.status === 'closed') return { ok: false, problems: ['This cycle is already closed.'] };
  return checked({ ...cycle, status: 'closed', closedAt });
}
