import { z } from 'zod';

export const RULE_IDS = [
  'vague', 'too-short', 'copied-forward', 'late-entry', 'no-outcome', 'task-not-person',
  'concern-without-follow-up', 'missing-attribution',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

/** Each rule's name on screen. */
export const RULE_LABELS: Record<RuleId, string> = {
  vague: 'Vague',
  'too-short': 'Too short',
  'copied-forward': 'Copied forward',
  'late-entry': 'Late entry',
  'no-outcome': 'No outcome',
  'task-not-person': 'Task, not person',
  'concern-without-follow-up': 'Concern without follow-up',
  'missing-attribution': 'Missing attribution',
};

/** One reason a note is weak: which rule, in a sentence a care worker understands, and what triggered it. */
export const FlagSchema = z.object({
  rule: RuleIdSchema,
  reason: z.string(),
  evidence: z.array(z.string()),
  /** For copied-forward: the earlier note, and whether its author wrote this one too. */
  source: z.object({ key: z.string(), sameAuthor: z.boolean() }).optional(),
});
export type Flag = z.infer<typeof FlagSchema>;
