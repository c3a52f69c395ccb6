import { z } from 'zod';
import { ExtractionProblemSchema, RecordTypeSchema } from './extraction-problem';

/** One capture of a page: what matched, what could not be read. */
export const SnapshotSchema = z.object({
  id: z.number().int().optional(),
  system: z.string().min(1),
  recipeId: z.string().min(1),
  recipeVersion: z.number().int().positive(),
  pageId: z.string().min(1),
  url: z.string().min(1),
  tabId: z.number().int().optional(),
  capturedAt: z.number().int(),
  visit: z.string().optional(),
  matched: z.partialRecord(RecordTypeSchema, z.number().int().nonnegative()),
  stored: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  problems: z.array(ExtractionProblemSchema),
  /** The recipe-health verdict on this capture; a degraded capture stored no records. */
  health: z
    .object({ status: z.enum(['healthy', 'degraded']), reason: z.string().optional(), brokenField: z.string().optional() })
    .optional(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
