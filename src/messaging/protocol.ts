import { z } from 'zod';
import { ExtractedCarePlanEventSchema } from '../model/care-plan-event';
import { ExtractedCarePlanSectionSchema } from '../model/care-plan-section';
import { ExtractedCareSystemAuditSchema } from '../model/care-system-audit';
import { ExtractionProblemSchema, RecordTypeSchema } from '../model/extraction-problem';
import { ExtractedNoteSchema } from '../model/note';
import { RecipeSchema } from '../model/recipe';
import { HistoryJobSchema } from '../model/history-job';
import { MAX_BATCH } from './limits';


/**
 * A web address a page can give us: http(s) only. zod's url() also takes `javascript:` and `data:`,
 * which must never become a link in the panel or a page the history walk opens.
 */
export const WebUrlSchema = z
  .string()
  .max(4096)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses are accepted.');

/** What one capture of a page sends: the records read and what could not be read. */
export const CaptureBatchSchema = z.object({
  url: WebUrlSchema,
  capturedAt: z.number().int().nonnegative(),
  recipeId: z.string().min(1),
  recipeVersion: z.number().int().positive(),
  pageId: z.string().min(1),
  matched: z.partialRecord(RecordTypeSchema, z.number().int().nonnegative()),
  notes: z.array(ExtractedNoteSchema).max(MAX_BATCH),
  sections: z.array(ExtractedCarePlanSectionSchema).max(MAX_BATCH),
  /** Rows of a care plan's history table (absent from pages that show none). */
  events: z.array(ExtractedCarePlanEventSchema).max(MAX_BATCH).optional(),
  /** Answers from the care system's own audit forms. */
  audits: z.array(ExtractedCareSystemAuditSchema).max(MAX_BATCH).optional(),
  problems: z.array(ExtractionProblemSchema).max(5000),
  /** Per `recordType.field`: in how many matched records of the whole page the field was found. */
  fieldHits: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** One id per page load or in-app navigation, so health can compare visit with visit. */
  visit: z.string().max(64).default(''),
  /** Pages with more records than one batch holds are sent in parts; part 0 is judged for health. */
  part: z.number().int().nonnegative().default(0),
  /** Where the recipe's "next page" link points, for history capture. */
  nextPageUrl: WebUrlSchema.optional(),
});
export type CaptureBatch = z.infer<typeof CaptureBatchSchema>;

export const IngestResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Set when the capture looked broken and its records were not stored. */
  degraded: z.string().optional(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

/** The store's verdict on each note of a capture batch, for the marks drawn beside the notes. */
export const NoteQualitySchema = z.object({
  key: z.string().max(2000),
  score: z.number().min(0).max(100),
  flags: z
    .array(
      z.object({
        rule: z.string().max(100),
        reason: z.string().max(2000),
        /** The rule's own explanation of what it looks for. */
        explanation: z.string().max(2000).optional(),
      }),
    )
    .max(50),
});
export type NoteQuality = z.infer<typeof NoteQualitySchema>;

/**
 * Every message a content script may send to the background, with its request and response
 * schema. One table: a name typo is a compile error on both sides.
 */
export const contentToBackground = {
  /**
   * A person clicked a note's mark in the page: the side panel of that tab offers to act on the
   * note (coach its author). Only the stored key travels; the panel reads the note from the store.
   */
  notePicked: {
    request: z.object({ key: z.string().min(1).max(400) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Which recipes may read this page (the enabled ones whose origins match its URL). */
  recipesForPage: {
    request: z.object({ url: WebUrlSchema }),
    response: z.object({ recipes: z.array(RecipeSchema) }),
  },
  /** Store one capture of a page (one Dexie transaction). */
  capture: {
    request: CaptureBatchSchema,
    response: z.union([
      z.object({
        ok: z.literal(true),
        result: IngestResultSchema,
        /** How the store scored the notes of this batch (absent when nothing was stored). */
        quality: z.array(NoteQualitySchema).max(MAX_BATCH).optional(),
        /**
         * The stored key of each note and section of the batch, in the order sent: the page cannot
         * make them (a name's token needs the store's secret), yet marks and samples point by key.
         */
        keys: z.object({ notes: z.array(z.string().max(2000)).max(MAX_BATCH), sections: z.array(z.string().max(2000)).max(MAX_BATCH) }).optional(),
      }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
  },
} as const;

const OkSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string() })]);

/**
 * Messages only our own extension pages (side panel, options) may send: they change what is
 * read or start work in the background, so a content script or a page can never send them.
 */
export const pageToBackground = {
  /** Recipes were added, switched on or off, or access granted: read the open pages they now cover. */
  syncRecipes: {
    request: z.object({}),
    response: z.object({ origins: z.array(z.string()) }),
  },
  /** Start a history capture over a date range, from a page of a recipe. */
  historyStart: {
    request: HistoryJobSchema.pick({ recipeId: true, pageId: true, startUrl: true, from: true, to: true, intervalMs: true }),
    response: z.union([z.object({ ok: z.literal(true), jobId: z.number() }), z.object({ ok: z.literal(false), error: z.string() })]),
  },
  /** Stop a history capture; what it stored so far stays. */
  historyCancel: { request: z.object({ jobId: z.number().int() }), response: OkSchema },
} as const;

export const backgroundProtocol = { ...contentToBackground, ...pageToBackground };
export type BackgroundMessages = typeof backgroundProtocol;
export type MessageName = keyof BackgroundMessages;
export type ContentMessageName = keyof typeof contentToBackground;
export type PageMessageName = keyof typeof pageToBackground;
/** What a handler receives (defaults applied). */
export type RequestOf<K extends MessageName> = z.infer<BackgroundMessages[K]['request']>;
/** What a sender may send (fields with defaults may be left out). */
export type RequestIn<K extends MessageName> = z.input<BackgroundMessages[K]['request']>;
export type ResponseOf<K extends MessageName> = z.infer<BackgroundMessages[K]['response']>;

export const isPageMessage = (type: MessageName): type is PageMessageName => type in pageToBackground;

/** The envelope on the wire. */
export const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(backgroundProtocol) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
