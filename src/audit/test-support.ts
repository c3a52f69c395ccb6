import { AuditCycleSchema, type AnswerValue, type AuditCycle, type AuditSegment, type AuditTemplate } from '../model/audit';

/**
 * Hand-made cycles for the audit tests: a one-question template and closed cycles whose records,
 * segments and answers are spelled out, so each verdict test reads as the series it describes.
 */
export const ONE_QUESTION: AuditTemplate = {
  id: 'test-audit',
  version: 1,
  name: 'Test audit',
  recordType: 'note',
  criteria: [{ id: 'specific', kind: 'ynpn', text: 'Is it specific?', guidance: 'Says what happened.' }],
};

export interface HandRecord {
  /** 'Cedar' unless given; null for a record with no unit. */
  unit?: string | null;
  shift?: AuditSegment['shift'];
  dayType?: AuditSegment['dayType'];
  value: AnswerValue;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A closed cycle for month `month` of 2026 (id = month), one answer per record to the template's first question. */
export function handCycle(month: number, records: readonly HandRecord[], extra: Partial<AuditCycle> = {}): AuditCycle {
  const template = extra.template ?? ONE_QUESTION;
  const criterionId = template.criteria[0]!.id;
  const sample = records.map((r, i) => {
    const segment: AuditSegment = { shift: r.shift ?? 'day', dayType: r.dayType ?? 'weekday' };
    if (r.unit !== null) segment.unit = r.unit ?? 'Cedar';
    return { recordKey: `m${month}-r${i}`, segment };
  });
  const answers = Object.fromEntries(records.map((r, i) => [`m${month}-r${i}`, [{ criterionId, value: r.value, answeredAt: 0 }]]));
  return AuditCycleSchema.parse({
    id: month,
    templateId: template.id,
    templateVersion: template.version,
    template,
    periodStart: `2026-${pad(month)}-01`,
    periodEnd: `2026-${pad(month)}-28`,
    sampleSize: Math.max(1, records.length),
    scheduled: true,
    shifts: { dayStartsAt: 8, nightStartsAt: 20 },
    seed: month,
    frame: { population: records.length, segments: [] },
    shortfalls: [],
    sample,
    answers,
    status: 'closed',
    startedAt: month * 1000,
    closedAt: month * 1000 + 1,
    auditor: { role: 'Quality lead' },
    ...extra,
  });
}

/** A cycle scoring `tenths`/10 overall: ten records over Cedar and Oak, day and night, weekday and weekend. */
export function scoredCycle(month: number, tenths: number, extra: Partial<AuditCycle> = {}): AuditCycle {
  const segments: AuditSegment[] = [
    { unit: 'Cedar', shift: 'day', dayType: 'weekday' },
    { unit: 'Oak', shift: 'night', dayType: 'weekend' },
  ];
  return handCycle(
    month,
    Array.from({ length: 10 }, (_, i) => ({ ...segments[i % 2]!, value: i < tenths ? 'yes' : 'no' })),
    extra,
  );
}
