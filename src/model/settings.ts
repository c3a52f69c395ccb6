import { z } from 'zod';
import { ReviewerSchema } from './sample';

/** ISO calendar day in the London calendar, e.g. 2026-03-02. */
export const DayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-03-02');

/** The measured "before": a frozen period every later figure is compared with. */
export const BaselineSchema = z
  .object({ start: DayKeySchema, end: DayKeySchema })
  .refine((b) => b.start <= b.end, { message: 'The baseline must end on or after the day it starts.' });
export type Baseline = z.infer<typeof BaselineSchema>;

/** A dated change in practice (new template, coaching) marked on every chart. */
export const InterventionSchema = z.object({
  day: DayKeySchema,
  label: z.string().min(1).max(120),
});
export type Intervention = z.infer<typeof InterventionSchema>;

export const SettingsSchema = z.object({
  baseline: BaselineSchema.optional(),
  interventions: z.array(InterventionSchema).default([]),
  /** Who samples on this device, remembered so sampling stays a couple of clicks. */
  reviewer: ReviewerSchema.optional(),
  /** How residents are named on screen: their names, or stable pseudonyms (e.g. on a shared screen). */
  residentDisplay: z.enum(['name', 'pseudonym']).default('name'),
  /** The audit score (0..1) a cycle and every segment must reach; "embedded" needs 3 cycles in a row at it. */
  auditTarget: z.number().min(0).max(1).default(0.8),
  /** Drift warnings a manager has dismissed, with their reason (a warning is listed until then). */
  driftDismissed: z
    .array(z.object({ key: z.string().min(1), reason: z.string().trim().min(1, 'Say why this warning can be dismissed.').max(300), at: z.number().int() }))
    .default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
