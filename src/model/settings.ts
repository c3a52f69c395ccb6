import { z } from 'zod';
import { DEFAULT_SHIFTS, ShiftBoundariesSchema } from './shifts';
import { ReviewerSchema } from './sample';
import { HomeNameSchema } from './home';

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

/** One measure in one segment over the baseline, as it stood when the baseline was set. */
export const FrozenFigureSchema = z.object({
  value: z.number().nullable(),
  denominator: z.number().nonnegative(),
  /** The XmR centre line and routine variation of the baseline periods; null under two judged periods. */
  limits: z.object({ mean: z.number(), movingRangeMean: z.number().nonnegative(), count: z.number().int().min(2) }).nullable(),
});
export type FrozenFigure = z.infer<typeof FrozenFigureSchema>;

/**
 * The baseline's figures, frozen when it was set (DOMAIN.md: "a baseline period, frozen, with its
 * figures"): notes captured later for that period, or a change of rules, never move the "before"
 * an improvement is claimed against. Keyed `measureId|all` or `measureId|dimension:segment`.
 */
export const BaselineFiguresSchema = z.object({
  frozenAt: z.number().int(),
  start: DayKeySchema,
  end: DayKeySchema,
  figures: z.record(z.string(), FrozenFigureSchema),
});
export type BaselineFigures = z.infer<typeof BaselineFiguresSchema>;

export const SettingsSchema = z.object({
  /** The home this browser captures for, as its capture bundles and the organisational view name it. */
  homeName: HomeNameSchema.optional(),
  baseline: BaselineSchema.optional(),
  baselineFigures: BaselineFiguresSchema.optional(),
  interventions: z.array(InterventionSchema).default([]),
  /** Who samples on this device, remembered so sampling stays a couple of clicks. */
  reviewer: ReviewerSchema.optional(),
  /** How residents are named on screen: their names, or stable pseudonyms (e.g. on a shared screen). */
  residentDisplay: z.enum(['name', 'pseudonym']).default('name'),
  /**
   * The provider's own targets, by measure id, in the stored form (shares as fractions). The audit
   * score's is `auditTarget` and the update lag's is in the care-plan rules: one setting each.
   */
  measureTargets: z.record(z.string(), z.number().finite().nonnegative()).default({}),
  /** When the day and night shifts start: every note's shift (daily totals, samples) is read with them. */
  shifts: ShiftBoundariesSchema.default(DEFAULT_SHIFTS),
  /** The audit score (0..1) a cycle and every segment must reach; "embedded" needs 3 cycles in a row at it. */
  auditTarget: z.number().min(0).max(1).default(0.8),
  /** Records whose care is older than this many months are deleted automatically (DOMAIN.md: special-category data is kept no longer than needed). */
  retentionMonths: z.number().int().min(1, 'Keep records at least 1 month.').max(120, 'Keep records at most 120 months (10 years).').default(24),
  /** When the retention rule last ran (epoch ms): it runs at most once a day. */
  retentionRanAt: z.number().int().optional(),
  /** Drift warnings a manager has dismissed, with their reason (a warning is listed until then). */
  driftDismissed: z
    .array(z.object({ key: z.string().min(1), reason: z.string().trim().min(1, 'Say why this warning can be dismissed.').max(300), at: z.number().int() }))
    .default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
