import { z } from 'zod';
import { ProvenanceSchema } from './provenance';

export const CareSystemAnswerSchema = z.enum(['yes', 'partly', 'no', 'na']);

/**
 * One answer from an audit form the care system keeps itself (its own monthly audit), read
 * through the recipe so those results sit beside Record Lens's own cycles.
 */
export const ExtractedCareSystemAuditSchema = z.object({
  /** The name of the care system's audit form, e.g. "Monthly notes audit". */
  form: z.string().min(1).optional(),
  criterion: z.string().min(1),
  answer: CareSystemAnswerSchema,
  at: z.number().int(),
  auditorRole: z.string().min(1).optional(),
  residentName: z.string().min(1).optional(),
  residentId: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
});
export type ExtractedCareSystemAudit = z.infer<typeof ExtractedCareSystemAuditSchema>;

export const CareSystemAuditSchema = ExtractedCareSystemAuditSchema.extend({
  key: z.string().min(1),
  provenance: ProvenanceSchema,
});
export type CareSystemAudit = z.infer<typeof CareSystemAuditSchema>;
