import { z } from 'zod';

export const RecordTypeSchema = z.enum(['note', 'carePlanSection', 'carePlanEvent', 'auditAnswer']);
export type RecordType = z.infer<typeof RecordTypeSchema>;

/**
 * A record the page showed but Record Lens could not read safely. Kept aside with the reason,
 * never dropped silently and never stored as a wrong record.
 */
export const ExtractionProblemSchema = z.object({
  recordType: RecordTypeSchema,
  /** Position of the record among the matches on the page (0-based). */
  index: z.number().int().nonnegative(),
  field: z.string().optional(),
  reason: z.string().min(1),
  /** A short, text-only excerpt of the record so a person can find it on the page. */
  excerpt: z.string().max(200),
});
export type ExtractionProblem = z.infer<typeof ExtractionProblemSchema>;
