import { z } from 'zod';
import { RuleIdSchema } from './quality-flag';

/** Who sampled: a role by default; a name only when the person chooses to give one. */
export const ReviewerSchema = z.object({
  role: z.string().trim().min(1, 'Say your role, e.g. Deputy manager.').max(80),
  name: z.string().trim().max(80).optional(),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

export const VerdictSchema = z.enum(['agree', 'disagree']);
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * A person's view of one sampled note beside the engine's: a verdict on every flag the engine
 * raised, and any flags the person adds. The engine's flags are copied in as they were when
 * judged, so a later change of rules never rewrites what the person agreed with.
 */
export const SampleJudgementSchema = z
  .object({
    noteKey: z.string().min(1),
    /** When the care happened, so the judgement lands in the right week of a trend. */
    careAt: z.number().int(),
    unit: z.string().optional(),
    rulesVersion: z.number().int().positive(),
    engineFlags: z.array(RuleIdSchema),
    verdicts: z.partialRecord(RuleIdSchema, VerdictSchema),
    added: z.array(RuleIdSchema),
    comment: z.string().trim().max(500).optional(),
    judgedAt: z.number().int(),
  })
  .superRefine((j, ctx) => {
    for (const rule of j.engineFlags) {
      if (!j.verdicts[rule]) ctx.addIssue({ code: 'custom', path: ['verdicts', rule], message: `Say whether you agree with the flag "${rule}".` });
    }
    for (const rule of j.added) {
      if (j.engineFlags.includes(rule)) ctx.addIssue({ code: 'custom', path: ['added'], message: `"${rule}" is already flagged.` });
    }
  });
export type SampleJudgement = z.infer<typeof SampleJudgementSchema>;

/**
 * One deputy's sample of the notes on a care-system page: which notes were picked (and the seed
 * that picked them, so the draw can be shown to be random), who judged, and what they judged.
 */
export const SampleSchema = z.object({
  id: z.number().int().optional(),
  status: z.enum(['in-progress', 'complete']),
  seed: z.number().int().nonnegative(),
  /** How many notes were on the page to pick from. */
  population: z.number().int().nonnegative(),
  noteKeys: z.array(z.string().min(1)).min(1).max(50),
  url: z.string().min(1),
  system: z.string().min(1),
  reviewer: ReviewerSchema,
  /** Planned in advance (an audit rota) or a spot check: the gap between the two is a measure. */
  scheduled: z.boolean(),
  startedAt: z.number().int(),
  completedAt: z.number().int().optional(),
  /** In the order of `noteKeys`; shorter while the sample is in progress. */
  judgements: z.array(SampleJudgementSchema),
});
export type Sample = z.infer<typeof SampleSchema>;

/** What the panel asks for when a deputy starts sampling a page. */
export const SampleRequestSchema = z.object({
  size: z.coerce.number().int('Choose a whole number of notes.').min(1, 'Sample at least 1 note.').max(20, 'Sample at most 20 notes at a time.'),
  reviewer: ReviewerSchema,
  scheduled: z.boolean(),
});
export type SampleRequest = z.infer<typeof SampleRequestSchema>;
