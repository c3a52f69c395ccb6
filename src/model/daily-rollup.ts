import { z } from 'zod';
import { RuleIdSchema } from './quality-flag';

/**
 * Per day × segment counts, kept up to date inside the ingest transaction so charts cost in
 * proportion to days shown, not notes stored (DESIGN.md: pre-aggregate on write).
 */
export const DailyRollupSchema = z.object({
  id: z.string().min(1),
  day: z.string(),
  system: z.string(),
  unit: z.string(),
  shift: z.enum(['day', 'night']),
  dayType: z.enum(['weekday', 'weekend']),
  notes: z.number().int().nonnegative(),
  /** Notes flagged by each rule. */
  flagged: z.partialRecord(RuleIdSchema, z.number().int().nonnegative()),
  /** Sum of note scores, for the mean note score. */
  scoreSum: z.number().nonnegative(),
});
export type DailyRollup = z.infer<typeof DailyRollupSchema>;
