import { z } from 'zod';

/**
 * The registered manager's timeliness rules. A zod schema (not a bare interface) so the same
 * object can later be stored as a setting and validated when read back from storage.
 */
export const TimelinessRulesSchema = z.object({
  /** Days between reviews when the page shows no review-due date (the sector's usual monthly rhythm). */
  reviewIntervalDays: z.number().int().positive().default(28),
  /**
   * Per-section intervals that differ from the default, e.g. { "Medication": 14 }. Section names
   * are matched case-insensitively, because care systems are not consistent about capitals.
   */
  sectionIntervalDays: z.record(z.string().min(1), z.number().int().positive()).default({}),
  /** How many days after a change in need the section should be updated ("within target"). */
  updateLagTargetDays: z.number().int().nonnegative().default(7),
  /**
   * A section not captured for this many days is "not seen since": we cannot tell whether it is
   * overdue, so it is shown apart and never counted as fine.
   */
  staleAfterDays: z.number().int().positive().default(7),
});
export type TimelinessRules = z.infer<typeof TimelinessRulesSchema>;

/** The rules with every default filled in. */
export const DEFAULT_TIMELINESS_RULES: TimelinessRules = TimelinessRulesSchema.parse({});

/** The review interval for one section type: its own interval if set, else the default. */
export function reviewIntervalFor(rules: TimelinessRules, section: string): number {
  const wanted = section.trim().toLowerCase();
  for (const [name, days] of Object.entries(rules.sectionIntervalDays)) {
    if (name.trim().toLowerCase() === wanted) return days;
  }
  return rules.reviewIntervalDays;
}
