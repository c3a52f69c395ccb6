import { z } from 'zod';
import { CarePlanEventTypeSchema } from './care-plan-event';
import { CareSystemAnswerSchema } from './care-system-audit';
import { DateFormatHintSchema } from './date-format-hint';

const CARE_PLAN_EVENT_TYPES = CarePlanEventTypeSchema.options;

/** One selector, or fallbacks tried in order (a care system that serves two page variants). */
const SelectorListSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const RegexSourceSchema = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);

/** How to read one field: where it is, and what part of its text or attribute is the value. */
export const FieldSpecSchema = z.object({
  selector: SelectorListSchema,
  /** `page`: look in the whole page (a resident's name in the heading), not inside the record. */
  scope: z.enum(['record', 'page']).default('record'),
  /** Read this attribute instead of the element's text. */
  attr: z.string().min(1).optional(),
  /** Read only the element's own text, not its children's ("Jane Smith <em>(Carer)</em>"). */
  ownText: z.boolean().optional(),
  /** Keep only the first capture group (or the whole match) of this pattern. */
  pattern: RegexSourceSchema.optional(),
  /** Date fields only: what the dates on this page look like. */
  format: DateFormatHintSchema.optional(),
  /**
   * Words on the page → the value Record Lens uses ("Reviewed" → review). The first entry whose
   * words the text contains (any case) wins; text matching none is a problem, not a guess.
   */
  values: z.record(z.string().min(1), z.string().min(1)).optional(),
});
export type FieldSpec = z.input<typeof FieldSpecSchema>;
export type ParsedFieldSpec = z.infer<typeof FieldSpecSchema>;

export const NoteFieldsSchema = z.object({
  text: FieldSpecSchema,
  careAt: FieldSpecSchema,
  residentName: FieldSpecSchema,
  residentId: FieldSpecSchema.optional(),
  sourceId: FieldSpecSchema.optional(),
  authorName: FieldSpecSchema.optional(),
  authorRole: FieldSpecSchema.optional(),
  writtenAt: FieldSpecSchema.optional(),
  category: FieldSpecSchema.optional(),
  unit: FieldSpecSchema.optional(),
});

export const CarePlanSectionFieldsSchema = z.object({
  section: FieldSpecSchema,
  lastUpdated: FieldSpecSchema,
  residentName: FieldSpecSchema,
  residentId: FieldSpecSchema.optional(),
  reviewDue: FieldSpecSchema.optional(),
  changeInNeed: FieldSpecSchema.optional(),
  unit: FieldSpecSchema.optional(),
});

/** A care plan's history table: one row per update, review or reported change in need. */
export const CarePlanEventFieldsSchema = z.object({
  section: FieldSpecSchema,
  type: FieldSpecSchema.refine((f) => f.values && Object.keys(f.values).length > 0, {
    message: 'Say which words on the page mean an update, a review and a change in need.',
  }).refine((f) => Object.values(f.values ?? {}).every((v) => (CARE_PLAN_EVENT_TYPES as readonly string[]).includes(v)), {
    message: `Each value must be one of: ${CARE_PLAN_EVENT_TYPES.join(', ')}.`,
  }),
  at: FieldSpecSchema,
  residentName: FieldSpecSchema,
  residentId: FieldSpecSchema.optional(),
  unit: FieldSpecSchema.optional(),
});

/** An audit form the care system keeps itself: one row per question answered. */
export const AuditAnswerFieldsSchema = z.object({
  criterion: FieldSpecSchema,
  answer: FieldSpecSchema.refine((f) => f.values && Object.keys(f.values).length > 0, {
    message: 'Say which words on the page mean yes, partly, no and not applicable.',
  }).refine((f) => Object.values(f.values ?? {}).every((v) => (CareSystemAnswerSchema.options as readonly string[]).includes(v)), {
    message: `Each value must be one of: ${CareSystemAnswerSchema.options.join(', ')}.`,
  }),
  at: FieldSpecSchema,
  form: FieldSpecSchema.optional(),
  auditorRole: FieldSpecSchema.optional(),
  residentName: FieldSpecSchema.optional(),
  residentId: FieldSpecSchema.optional(),
  unit: FieldSpecSchema.optional(),
});

/** A record type on a page: the element each record lives in, and its fields. */
const recordSpec = <T extends z.ZodTypeAny>(fields: T) =>
  z.object({ root: SelectorListSchema, fields });

export const RecipePageSchema = z
  .object({
    id: z.string().min(1),
    /** Regular expression tested against the URL's path and query, e.g. ^/residents/[^/]+/notes */
    match: RegexSourceSchema,
    /** The element whose changes mean "more records arrived" (a feed that loads as you scroll). */
    observe: z.string().min(1).optional(),
    /**
     * How to reach older pages for history capture: a link to the next (older) page, or a URL
     * template with {page} counting up from the page the walk starts on.
     */
    history: z
      .object({
        nextPage: SelectorListSchema.optional(),
        urlTemplate: z.string().includes('{page}', { message: 'must contain {page}' }).optional(),
      })
      .refine((h) => h.nextPage || h.urlTemplate, { message: 'Say how to reach older pages: a next-page link or a URL template.' })
      .optional(),
    note: recordSpec(NoteFieldsSchema).optional(),
    carePlanSection: recordSpec(CarePlanSectionFieldsSchema).optional(),
    carePlanEvent: recordSpec(CarePlanEventFieldsSchema).optional(),
    auditAnswer: recordSpec(AuditAnswerFieldsSchema).optional(),
  })
  .refine((p) => p.note || p.carePlanSection || p.carePlanEvent || p.auditAnswer, {
    message: 'A page must say which records it holds (notes, care-plan sections, care-plan history or audit answers).',
  });
export type RecipePage = z.infer<typeof RecipePageSchema>;

/** Chrome match pattern such as https://*.example-care.co.uk/* (the port is not part of it). */
const MatchPatternSchema = z
  .string()
  .regex(/^(\*|https?):\/\/(\*|(\*\.)?[^/*:]+)\/.*$/, 'must look like https://care.example.com/*');

/** How to read one care system's pages. Built-in and user recipes share this schema. */
export const RecipeSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  version: z.number().int().positive(),
  name: z.string().min(1).max(80),
  origins: z.array(MatchPatternSchema).min(1),
  pages: z.array(RecipePageSchema).min(1),
});
export type Recipe = z.infer<typeof RecipeSchema>;
