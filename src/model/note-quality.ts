import { z } from 'zod';

/** What the quality rules said about a note, and which version of the rules said it. */
export const NoteQualitySchema = z.object({
  rulesVersion: z.number().int().positive(),
  flags: z.array(z.string().min(1)),
});
export type NoteQuality = z.infer<typeof NoteQualitySchema>;
