import { describe, expect, it } from 'vitest';
import { handCycle } from '../audit/test-support';
import { AuditCriterionSchema, AuditCycleSchema, AuditTemplateSchema, validAnswer, type AuditCriterion } from './audit';

const ynpn: AuditCriterion = { id: 'specific', kind: 'ynpn', text: 'Specific?', guidance: '' };
const score: AuditCriterion = { id: 'legible', kind: 'score', text: 'How clear?', guidance: '', min: 1, max: 5 };

describe('validAnswer', () => {
  it('takes yes, partly, no and not applicable for a yes/no question, and no numbers', () => {
    for (const v of ['yes', 'partly', 'no', 'na'] as const) expect(validAnswer(ynpn, v)).toBe(true);
    expect(validAnswer(ynpn, 1)).toBe(false);
  });

  it('takes a number on the scale, or not applicable, for a score question', () => {
    expect(validAnswer(score, 1)).toBe(true);
    expect(validAnswer(score, 5)).toBe(true);
    expect(validAnswer(score, 3.5)).toBe(true);
    expect(validAnswer(score, 'na')).toBe(true);
    expect(validAnswer(score, 0)).toBe(false);
    expect(validAnswer(score, 6)).toBe(false);
    expect(validAnswer(score, 'yes')).toBe(false);
    expect(validAnswer(score, Number.NaN)).toBe(false);
  });
});

describe('audit schemas', () => {
  it('refuses a scale whose top is not above its bottom', () => {
    expect(AuditCriterionSchema.safeParse({ ...score, min: 5, max: 5 }).success).toBe(false);
  });

  it('refuses a template with two questions of the same id, or none', () => {
    const template = { id: 't', version: 1, name: 'T', recordType: 'note', criteria: [ynpn, { ...ynpn, text: 'Again?' }] };
    const parsed = AuditTemplateSchema.safeParse(template);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('share the id "specific"');
    expect(AuditTemplateSchema.safeParse({ ...template, criteria: [] }).success).toBe(false);
  });

  it('refuses hint rules the engine does not have', () => {
    expect(AuditCriterionSchema.safeParse({ ...ynpn, hintRules: ['vague'] }).success).toBe(true);
    expect(AuditCriterionSchema.safeParse({ ...ynpn, hintRules: ['spelling'] }).success).toBe(false);
  });

  it('keeps a cycle coherent: answers fit their question, belong to sampled records, once per question', () => {
    const cycle = handCycle(1, [{ value: 'yes' }]);
    const key = cycle.sample[0]!.recordKey;
    const withAnswers = (answers: unknown[], recordKey = key) => AuditCycleSchema.safeParse({ ...cycle, answers: { [recordKey]: answers } });
    expect(withAnswers([{ criterionId: 'specific', value: 'partly', answeredAt: 1 }]).success).toBe(true);
    expect(withAnswers([{ criterionId: 'specific', value: 3, answeredAt: 1 }]).success).toBe(false);
    expect(withAnswers([{ criterionId: 'unknown', value: 'yes', answeredAt: 1 }]).success).toBe(false);
    expect(withAnswers([{ criterionId: 'specific', value: 'yes', answeredAt: 1 }], 'not-sampled').success).toBe(false);
    const twice = [{ criterionId: 'specific', value: 'yes', answeredAt: 1 }, { criterionId: 'specific', value: 'no', answeredAt: 2 }];
    expect(withAnswers(twice).success).toBe(false);
  });

  it('keeps status, closing time, frozen template and period in step', () => {
    const cycle = handCycle(1, [{ value: 'yes' }]);
    expect(AuditCycleSchema.safeParse({ ...cycle, status: 'open' }).success).toBe(false);
    expect(AuditCycleSchema.safeParse({ ...cycle, closedAt: undefined }).success).toBe(false);
    expect(AuditCycleSchema.safeParse({ ...cycle, templateVersion: 2 }).success).toBe(false);
    expect(AuditCycleSchema.safeParse({ ...cycle, periodStart: '2026-02-01', periodEnd: '2026-01-01' }).success).toBe(false);
    expect(AuditCycleSchema.safeParse({ ...cycle, shifts: { dayStartsAt: 20, nightStartsAt: 8 } }).success).toBe(false);
    expect(AuditCycleSchema.safeParse({ ...cycle, sample: [...cycle.sample, cycle.sample[0]] , sampleSize: 5 }).success).toBe(false);
  });
});
