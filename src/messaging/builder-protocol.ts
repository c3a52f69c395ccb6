import { z } from 'zod';
import { ExtractionProblemSchema, RecordTypeSchema } from '../model/extraction-problem';
import { FieldSpecSchema } from '../model/recipe';

/** The port the side panel opens to the recipe builder in a tab; closing the panel ends teaching. */
export const BUILDER_PORT = 'record-lens-builder';

/** What the side panel asks the builder in the page to do. */
export const BuilderCommandSchema = z.discriminatedUnion('command', [
  /** Start (or restart) teaching one record type on this page. */
  z.object({ command: z.literal('start'), recordType: RecordTypeSchema }),
  /** Next page click picks (or refines) the records. */
  z.object({ command: z.literal('pickRecords') }),
  /** The highlighted items are parts of a record: take the whole record around them. */
  z.object({ command: z.literal('widen') }),
  /** Next page click picks this field. */
  z.object({ command: z.literal('pickField'), field: z.string().min(1) }),
  z.object({ command: z.literal('clearField'), field: z.string().min(1) }),
  /** Stop picking; take the overlay away. */
  z.object({ command: z.literal('stop') }),
]);
export type BuilderCommand = z.infer<typeof BuilderCommandSchema>;

const ShortText = z.string().max(500);

/** What the builder reports after every command and every click in the page. */
export const BuilderStateSchema = z.object({
  url: z.string(),
  recordType: RecordTypeSchema,
  mode: z.enum(['idle', 'records', 'field']),
  field: z.string().optional(),
  recordSelector: z.string().optional(),
  matchCount: z.number().int().nonnegative(),
  excluded: z.number().int().nonnegative(),
  fields: z.record(z.string(), FieldSpecSchema),
  /** The value each picked field has in the first record, as plain text. */
  samples: z.record(z.string(), ShortText),
  preview: z.object({
    matched: z.number().int().nonnegative(),
    rows: z.array(z.record(z.string(), ShortText)).max(50),
    problems: z.array(ExtractionProblemSchema).max(50),
  }),
  message: ShortText.optional(),
});
export type BuilderState = z.infer<typeof BuilderStateSchema>;
/** As the builder sends it (field options with defaults may be left out). */
export type BuilderStateIn = z.input<typeof BuilderStateSchema>;
