import { z } from 'zod';
import { ProvenanceSchema } from './provenance';

/** What happened to a care-plan section: re-written, reviewed, or a change in need reported. */
export const CarePlanEventTypeSchema = z.enum(['update', 'review', 'change-in-need']);
export type CarePlanEventType = z.infer<typeof CarePlanEventTypeSchema>;

/** One row of a care plan's history table, as read from a page through the recipe. */
export const ExtractedCarePlanEventSchema = z.object({
  residentName: z.string().min(1),
  residentId: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  section: z.string().min(1),
  type: CarePlanEventTypeSchema,
  at: z.number().int(),
});
export type ExtractedCarePlanEvent = z.infer<typeof ExtractedCarePlanEventSchema>;

/**
 * A stored event. `source` says how Record Lens knows it: `page-history` (the care system's own
 * history table, dated by the page) or `snapshot` (a date on the section changed between two
 * captures: dated by the page's date where it shows one, otherwise only known to lie between the
 * two captures, `after` < at ≤ seen).
 */
export const CarePlanEventSchema = ExtractedCarePlanEventSchema.extend({
  key: z.string().min(1),
  sectionKey: z.string().min(1),
  residentKey: z.string().min(1),
  source: z.enum(['page-history', 'snapshot']),
  /** For an event only bounded by captures: the capture before it (it happened after this). */
  after: z.number().int().optional(),
  provenance: ProvenanceSchema,
});
export type CarePlanEvent = z.infer<typeof CarePlanEventSchema>;
