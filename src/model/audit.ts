import { z } from 'zod';
import type { DayType, Shift } from '../measure/segments';
import { RuleIdSchema } from './quality-flag';
import { ReviewerSchema } from './sample';

/**
 * A documentation audit, cycle after cycle: a template (the checklist), and cycles that each draw
 * a stratified sample of records, answer the checklist beside each record, and close with a score
 * comparable to the baseline cycle. See DOMAIN.md ("Quality lead, running a documentation audit").
 */

// ── Checklist ────────────────────────────────────────────────────────────────────────────────────

const criterionBase = {
  /** Stable across template versions: cycles are compared criterion by criterion through it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes.').max(60),
  text: z.string().trim().min(1, 'Write the question.').max(200),
  /** What a yes looks like, in words a care worker understands. */
  guidance: z.string().trim().max(1000),
  /**
   * Quality rules whose automatic flags are shown beside this criterion as hints. Hints only: the
   * auditor answers; the engine never does (an audit that copies the engine checks nothing).
   */
  hintRules: z.array(RuleIdSchema).optional(),
};

/** Yes / partly / no / not applicable: the shape of most providers' own audit forms. */
export const YnpnCriterionSchema = z.object({ ...criterionBase, kind: z.literal('ynpn') });

/** A score on a scale (e.g. 1–5); scaled to 0..1 for results so it mixes with yes/no criteria. */
export const ScoreCriterionSchema = z
  .object({ ...criterionBase, kind: z.literal('score'), min: z.number().int(), max: z.number().int() })
  .refine((c) => c.min < c.max, { path: ['max'], message: 'The highest score must be above the lowest.' });

export const AuditCriterionSchema = z.discriminatedUnion('kind', [YnpnCriterionSchema, ScoreCriterionSchema]);
export type AuditCriterion = z.infer<typeof AuditCriterionSchema>;

export const AuditRecordTypeSchema = z.enum(['note', 'carePlanSection']);
export type AuditRecordType = z.infer<typeof AuditRecordTypeSchema>;

/**
 * A checklist for one record type. Editing makes a new version with the same id (see
 * src/audit/template-versions.ts); a cycle keeps a frozen copy of the version it used.
 */
export const AuditTemplateSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    version: z.number().int().min(1),
    name: z.string().trim().min(1, 'Name the audit.').max(120),
    recordType: AuditRecordTypeSchema,
    criteria: z.array(AuditCriterionSchema).min(1, 'An audit needs at least one question.').max(50),
    /** Shipped with the extension; edit a copy instead, so a new release can update it. */
    builtIn: z.boolean().optional(),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `Two questions share the id "${c.id}".` });
      seen.add(c.id);
    });
  });
export type AuditTemplate = z.infer<typeof AuditTemplateSchema>;

// ── Answers ──────────────────────────────────────────────────────────────────────────────────────

export const YnpnValueSchema = z.enum(['yes', 'partly', 'no', 'na']);
export type YnpnValue = z.infer<typeof YnpnValueSchema>;

export const AnswerValueSchema = z.union([YnpnValueSchema, z.number().finite()]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AuditAnswerSchema = z.object({
  criterionId: z.string().min(1),
  value: AnswerValueSchema,
  comment: z.string().trim().max(1000).optional(),
  answeredAt: z.number().int(),
});
export type AuditAnswer = z.infer<typeof AuditAnswerSchema>;

/**
 * Whether a value fits its criterion: a yes/partly/no/na question takes one of those four; a
 * score question takes a number on its scale, or 'na' (the question does not apply to this record,
 * which results leave out rather than count as zero).
 */
export function validAnswer(criterion: AuditCriterion, value: AnswerValue): boolean {
  if (criterion.kind === 'ynpn') return typeof value === 'string';
  if (value === 'na') return true;
  return typeof value === 'number' && Number.isFinite(value) && value >= criterion.min && value <= criterion.max;
}

// ── Segments and the sampling frame ──────────────────────────────────────────────────────────────

export const ShiftSchema = z.enum(['day', 'night']);
export const DayTypeSchema = z.enum(['weekday', 'weekend']);
// The measure layer's types and these schemas must stay one vocabulary: a compile error if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shiftsAgree: Same<z.infer<typeof ShiftSchema>, Shift> & Same<z.infer<typeof DayTypeSchema>, DayType> = true;
void shiftsAgree;

/**
 * Unit (team) × shift × day type: the cells an inspector checks an improvement is broad across.
 * Care-plan sections are segmented by unit only: when a section was last seen or updated says
 * nothing about a shift's record keeping, so they carry no shift or day type.
 */
export const AuditSegmentSchema = z.object({
  /** Absent when the care system shows no unit for the record. */
  unit: z.string().min(1).optional(),
  shift: ShiftSchema.optional(),
  dayType: DayTypeSchema.optional(),
});
export type AuditSegment = z.infer<typeof AuditSegmentSchema>;

/** London hours that start the day and night shifts, chosen per cycle (homes differ: 07:00, 08:00...). */
export const ShiftHoursSchema = z
  .object({ dayStartsAt: z.number().int().min(0).max(23), nightStartsAt: z.number().int().min(0).max(23) })
  .refine((s) => s.dayStartsAt < s.nightStartsAt, { path: ['nightStartsAt'], message: 'Night must start after day.' });
export type ShiftHours = z.infer<typeof ShiftHoursSchema>;

/** One segment of the sampling frame: how many records it held and how many were drawn from it. */
export const FrameSegmentSchema = z.object({
  segment: AuditSegmentSchema,
  records: z.number().int().nonnegative(),
  sampled: z.number().int().nonnegative(),
});
export type FrameSegment = z.infer<typeof FrameSegmentSchema>;

/** The summary of what the sample was drawn from, kept so the draw can be shown to be fair. */
export const SamplingFrameSchema = z.object({
  population: z.number().int().nonnegative(),
  segments: z.array(FrameSegmentSchema),
});
export type SamplingFrame = z.infer<typeof SamplingFrameSchema>;

/** A segment the sample cannot look at as closely as the others, said in a sentence. */
export const ShortfallSchema = z.object({
  segment: AuditSegmentSchema,
  /** few-records: fewer than an even share; not-sampled: the sample was smaller than the segment count; no-records: an expected segment was empty. */
  kind: z.enum(['few-records', 'not-sampled', 'no-records']),
  records: z.number().int().nonnegative(),
  share: z.number().int().nonnegative(),
  sentence: z.string(),
});
export type Shortfall = z.infer<typeof ShortfallSchema>;

export const SampledRecordSchema = z.object({ recordKey: z.string().min(1), segment: AuditSegmentSchema });
export type SampledRecord = z.infer<typeof SampledRecordSchema>;

// ── The cycle ────────────────────────────────────────────────────────────────────────────────────

const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A London day as YYYY-MM-DD.');

/**
 * One audit cycle: the frozen template, the period and frame the sample was drawn from (with the
 * seed, so anyone can re-run the draw), the sample, and the answers so far.
 */
export const AuditCycleSchema = z
  .object({
    id: z.number().int().optional(),
    templateId: z.string().min(1),
    templateVersion: z.number().int().min(1),
    /** A copy of the template as it was when the cycle started: later edits never rewrite an old cycle. */
    template: AuditTemplateSchema,
    periodStart: dayKey,
    periodEnd: dayKey,
    sampleSize: z.number().int().min(1).max(500),
    /** Planned in advance (an audit rota) or unannounced: the gap between the two is a measure. */
    scheduled: z.boolean(),
    shifts: ShiftHoursSchema,
    seed: z.number().int().nonnegative(),
    frame: SamplingFrameSchema,
    shortfalls: z.array(ShortfallSchema),
    sample: z.array(SampledRecordSchema),
    /** Keyed by record key; one answer per criterion at most. */
    answers: z.record(z.string(), z.array(AuditAnswerSchema)),
    status: z.enum(['open', 'closed']),
    startedAt: z.number().int(),
    closedAt: z.number().int().optional(),
    auditor: ReviewerSchema,
    /** The "before" every later cycle of this template is compared with. */
    isBaseline: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (c.template.id !== c.templateId || c.template.version !== c.templateVersion) {
      issue(['template'], 'The frozen template is not the version the cycle names.');
    }
    if (c.periodStart > c.periodEnd) issue(['periodEnd'], 'The period ends before it starts.');
    if (c.sample.length > c.sampleSize) issue(['sample'], 'The sample is larger than the size asked for.');
    if ((c.status === 'closed') !== (c.closedAt !== undefined)) issue(['closedAt'], 'A closed cycle has a closing time; an open one has none.');
    const sampled = new Set<string>();
    for (const [i, s] of c.sample.entries()) {
      if (sampled.has(s.recordKey)) issue(['sample', i], `Record ${s.recordKey} is sampled twice.`);
      sampled.add(s.recordKey);
    }
    const criteria = new Map(c.template.criteria.map((k) => [k.id, k]));
    for (const [recordKey, answers] of Object.entries(c.answers)) {
      if (!sampled.has(recordKey)) issue(['answers', recordKey], 'An answer for a record that is not in the sample.');
      const answered = new Set<string>();
      answers.forEach((a, i) => {
        const criterion = criteria.get(a.criterionId);
        if (!criterion) issue(['answers', recordKey, i], `No question "${a.criterionId}" in this audit.`);
        else if (!validAnswer(criterion, a.value)) issue(['answers', recordKey, i, 'value'], `"${String(a.value)}" does not answer "${criterion.text}".`);
        if (answered.has(a.criterionId)) issue(['answers', recordKey, i], `"${a.criterionId}" is answered twice.`);
        answered.add(a.criterionId);
      });
    }
  });
export type AuditCycle = z.infer<typeof AuditCycleSchema>;
