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
  /** The author's role as the care system names it ('Senior carer'); 'Unknown role' when it shows none. */
  role: z.string(),
  notes: z.number().int().nonnegative(),
  /** Notes flagged by each rule. */
  flagged: z.partialRecord(RuleIdSchema, z.number().int().nonnegative()),
  /** Sum of note scores, for the mean note score. */
  scoreSum: z.number().nonnegative(),
  /**
   * Notes per resident key in this row: a count, not a set, so a note that is re-scored or
   * removed can be taken out again; residents per day (notes per resident per day) come from it.
   */
  residents: z.record(z.string(), z.number().int().positive()),
});
export type DailyRollup = z.infer<typeof DailyRollupSchema>;
