import { z } from 'zod';
import { ProvenanceSchema } from './provenance';

/** One care-plan section as read from a page: the dates an inspector checks for timeliness. */
export const ExtractedCarePlanSectionSchema = z.object({
  residentName: z.string().min(1),
  residentId: z.string().min(1).optional(),
  section: z.string().min(1),
  lastUpdated: z.number().int(),
  reviewDue: z.number().int().optional(),
  changeInNeed: z.number().int().optional(),
  unit: z.string().min(1).optional(),
});
export type ExtractedCarePlanSection = z.infer<typeof ExtractedCarePlanSectionSchema>;

/** The latest state of a section; `stateHash` changes whenever any of its dates change. */
export const CarePlanSectionSchema = ExtractedCarePlanSectionSchema.extend({
  key: z.string().min(1),
  residentKey: z.string().min(1),
  stateHash: z.string().min(1),
  firstSeenAt: z.number().int(),
  lastSeenAt: z.number().int(),
  /** A later capture of the resident's whole care plan no longer showed it (removed, or the resident left). */
  goneAt: z.number().int().optional(),
  provenance: ProvenanceSchema,
});
export type CarePlanSection = z.infer<typeof CarePlanSectionSchema>;

/**
 * One distinct state of a section, kept forever, so update events can be derived later
 * ("last updated" moved from 12/10 to 20/11 between two captures).
 */
export const CarePlanSectionHistorySchema = ExtractedCarePlanSectionSchema.extend({
  sectionKey: z.string().min(1),
  stateHash: z.string().min(1),
  seenAt: z.number().int(),
  provenance: ProvenanceSchema,
});
export type CarePlanSectionHistory = z.infer<typeof CarePlanSectionHistorySchema>;
