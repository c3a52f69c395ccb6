import { z } from 'zod';
import { DayKeySchema } from './settings';

/**
 * A history capture: walking a care system's older pages over a date range, one page at a time,
 * in a background tab of the user's own session. Everything needed to resume after a browser
 * restart lives here, not in the service worker.
 */
export const HistoryJobSchema = z.object({
  id: z.number().int().optional(),
  recipeId: z.string().min(1),
  pageId: z.string().min(1),
  startUrl: z.string().url(),
  /** The page to open next; undefined once the walk has ended. */
  nextUrl: z.string().url().optional(),
  tabId: z.number().int().optional(),
  from: DayKeySchema,
  to: DayKeySchema,
  intervalMs: z.number().int().min(250).max(60_000),
  status: z.enum(['running', 'done', 'stopped', 'failed']),
  pagesDone: z.number().int().nonnegative(),
  recordsStored: z.number().int().nonnegative(),
  /** The oldest time of care seen so far: how far back the walk has got. */
  oldestSeen: z.number().int().optional(),
  startedAt: z.number().int(),
  updatedAt: z.number().int(),
  message: z.string().optional(),
});
export type HistoryJob = z.infer<typeof HistoryJobSchema>;
