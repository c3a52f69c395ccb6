import { z } from 'zod';
import { ExtractedCarePlanSectionSchema } from '../model/care-plan-section';
import { ExtractionProblemSchema, RecordTypeSchema } from '../model/extraction-problem';
import { ExtractedNoteSchema } from '../model/note';
import { RecipeSchema } from '../model/recipe';
import { MAX_BATCH } from './limits';


/** What one capture of a page sends: the records read and what could not be read. */
export const CaptureBatchSchema = z.object({
  url: z.string().url(),
  capturedAt: z.number().int().nonnegative(),
  recipeId: z.string().min(1),
  recipeVersion: z.number().int().positive(),
  pageId: z.string().min(1),
  matched: z.partialRecord(RecordTypeSchema, z.number().int().nonnegative()),
  notes: z.array(ExtractedNoteSchema).max(MAX_BATCH),
  sections: z.array(ExtractedCarePlanSectionSchema).max(MAX_BATCH),
  problems: z.array(ExtractionProblemSchema).max(5000),
});
export type CaptureBatch = z.infer<typeof CaptureBatchSchema>;

export const IngestResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

/**
 * Every message a content script may send to the background, with its request and response
 * schema. One table: a name typo is a compile error on both sides.
 */
export const contentToBackground = {
  /** Which recipes may read this page (the enabled ones whose origins match its URL). */
  recipesForPage: {
    request: z.object({ url: z.string().url() }),
    response: z.object({ recipes: z.array(RecipeSchema) }),
  },
  /** Store one capture of a page (one Dexie transaction). */
  capture: {
    request: CaptureBatchSchema,
    response: z.union([
      z.object({ ok: z.literal(true), result: IngestResultSchema }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
  },
} as const;

export type ContentMessages = typeof contentToBackground;
export type MessageName = keyof ContentMessages;
export type RequestOf<K extends MessageName> = z.infer<ContentMessages[K]['request']>;
export type ResponseOf<K extends MessageName> = z.infer<ContentMessages[K]['response']>;

/** The envelope on the wire. */
export const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(contentToBackground) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
