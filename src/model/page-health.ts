import { z } from 'zod';

/**
 * How well one recipe page has been reading its pages: what it usually finds, and whether the
 * latest capture looks broken (the care system changed its pages).
 */
export const PageHealthSchema = z.object({
  key: z.string().min(1),
  recipeId: z.string().min(1),
  recipeVersion: z.number().int().positive(),
  pageId: z.string().min(1),
  /** Healthy captures seen since this recipe version started. */
  captures: z.number().int().nonnegative(),
  /** Running averages over healthy captures. */
  typicalMatched: z.number().nonnegative(),
  problemRate: z.number().min(0).max(1),
  /** Share of records in which each field was found. */
  fieldRates: z.record(z.string(), z.number().min(0).max(1)),
  status: z.enum(['healthy', 'degraded']),
  reason: z.string().optional(),
  brokenField: z.string().optional(),
  /** When the current degraded spell began. */
  since: z.number().int().optional(),
  lastGoodAt: z.number().int().optional(),
  lastCheckedAt: z.number().int(),
});
export type PageHealth = z.infer<typeof PageHealthSchema>;
