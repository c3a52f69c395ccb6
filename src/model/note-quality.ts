import { z } from 'zod';
import { FlagSchema } from './quality-flag';

/** What the quality rules said about a note, and which version of the rules said it. */
export const NoteQualitySchema = z.object({
  rulesVersion: z.number().int().positive(),
  /** 0–100: 100 less the weight of every flag raised. */
  score: z.number().min(0).max(100),
  flags: z.array(FlagSchema),
});
export type NoteQuality = z.infer<typeof NoteQualitySchema>;
