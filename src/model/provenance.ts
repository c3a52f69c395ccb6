import { z } from 'zod';

/** Where and when a record was read, and by which recipe version: an inspector can trace every figure. */
export const ProvenanceSchema = z.object({
  system: z.string().min(1),
  url: z.string().min(1),
  capturedAt: z.number().int().nonnegative(),
  recipeId: z.string().min(1),
  recipeVersion: z.number().int().positive(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
