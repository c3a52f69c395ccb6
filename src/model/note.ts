import { z } from 'zod';
import { NoteQualitySchema } from './note-quality';
import { ProvenanceSchema } from './provenance';

export const DatePrecisionSchema = z.enum(['second', 'minute', 'hour', 'day']);

/** A daily note as read from a care-system page, before it gets its stable key. */
export const ExtractedNoteSchema = z.object({
  /** The care system's own id for the note, where the page exposes one. */
  sourceId: z.string().min(1).optional(),
  residentName: z.string().min(1),
  residentId: z.string().min(1).optional(),
  authorName: z.string().min(1).optional(),
  authorRole: z.string().min(1).optional(),
  careAt: z.number().int(),
  careAtPrecision: DatePrecisionSchema,
  writtenAt: z.number().int().optional(),
  writtenAtPrecision: DatePrecisionSchema.optional(),
  category: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  text: z.string().min(1),
});
export type ExtractedNote = z.infer<typeof ExtractedNoteSchema>;

/** A stored note: stable key, where it came from, and the resident key it is grouped by. */
export const NoteSchema = ExtractedNoteSchema.extend({
  key: z.string().min(1),
  residentKey: z.string().min(1),
  provenance: ProvenanceSchema,
  quality: NoteQualitySchema,
});
export type Note = z.infer<typeof NoteSchema>;
