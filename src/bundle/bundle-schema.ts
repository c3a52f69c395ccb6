import { z } from 'zod';
import { AuditCycleSchema } from '../model/audit';
import { CarePlanEventSchema } from '../model/care-plan-event';
import { CarePlanSectionHistorySchema, CarePlanSectionSchema } from '../model/care-plan-section';
import { CareSystemAuditSchema } from '../model/care-system-audit';
import { NoteSchema } from '../model/note';
import { RecipeSchema } from '../model/recipe';
import { SampleSchema } from '../model/sample';
import { HomeIdSchema, HomeNameSchema } from '../model/home';
import { IMPORTED_HOME_PREFIX } from '../measure/segments';

/** What a file must say it is: a reader can tell a capture bundle from any other JSON at once. */
export const BUNDLE_FORMAT = 'record-lens/capture-bundle';
/** Raised whenever a reader of version 1 could no longer read a bundle correctly. */
export const BUNDLE_VERSION = 1;

/** The home a bundle was captured in: a stable id made on its install, and the name its staff gave it. */
export const BundleHomeSchema = z.object({ id: HomeIdSchema, name: HomeNameSchema });

/**
 * A note as stored. In a pseudonymised bundle `text` is left out: the words of a note name people
 * ("Margaret said…") in ways no code can reliably find, and every measure is worked out from the
 * score and flags the exporting home's rules gave, which travel with the note.
 */
export const BundleNoteSchema = NoteSchema.extend({ text: NoteSchema.shape.text.optional() });
export type BundleNote = z.infer<typeof BundleNoteSchema>;

/** A recipe that read some of the records, and which of its versions did (each record's provenance names one). */
export const BundleRecipeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  origin: z.enum(['builtin', 'user']),
  versionsRead: z.array(z.number().int().positive()),
  /** The recipe as the exporting home holds it now (its latest version). */
  recipe: RecipeSchema.optional(),
});

/**
 * One home's capture bundle: everything its measures are worked out from, so a group's quality lead
 * can put several homes side by side in one browser (src/bundle/import.ts), or a provider's own data
 * platform can load it (docs/capture-bundle.schema.json is generated from this schema).
 *
 * Records are as the exporting home stores them. Keys start with the care system's recipe id
 * (`harbour|id:R001|id:N123`), and a resident the care system shows without an id is keyed by a
 * token made with that install's secret, so keys of two homes never mean the same resident.
 */
export const CaptureBundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    home: BundleHomeSchema,
    /** When the bundle was made (epoch ms): of two bundles from one home, the later one wins. */
    exportedAt: z.number().int().positive(),
    /**
     * True unless the person exporting chose names: residents and staff are codes (keyed hashes made
     * with a secret that never leaves the home), ids in keys are hashed, note words, comments and
     * reviewers' names are left out, and page addresses keep only the care system's origin.
     */
    pseudonymised: z.boolean(),
    recipes: z.array(BundleRecipeSchema),
    notes: z.array(BundleNoteSchema),
    sections: z.array(CarePlanSectionSchema),
    sectionHistory: z.array(CarePlanSectionHistorySchema),
    carePlanEvents: z.array(CarePlanEventSchema),
    careSystemAudits: z.array(CareSystemAuditSchema),
    /** Completed samples only: one in progress is not yet evidence. */
    samples: z.array(SampleSchema),
    /** Closed audit cycles only, for the same reason. */
    auditCycles: z.array(AuditCycleSchema),
  })
  .superRefine((b, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // A bundle carries one home's own records: never another home's that it had imported.
    const own = (system: string) => !system.startsWith(IMPORTED_HOME_PREFIX) && !system.includes('|');
    const keyed = (table: string, rows: readonly { key: string; provenance: { system: string } }[]) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        if (!own(r.provenance.system)) issue([table, i, 'provenance', 'system'], 'A record of another home, not of the home that exported it.');
        else if (!r.key.startsWith(`${r.provenance.system}|`)) issue([table, i, 'key'], 'A key must start with its care system.');
        if (seen.has(r.key)) issue([table, i, 'key'], 'Two records share this key: a bundle holds each record once.');
        seen.add(r.key);
      });
    };
    keyed('notes', b.notes);
    keyed('sections', b.sections);
    keyed('carePlanEvents', b.carePlanEvents);
    keyed('careSystemAudits', b.careSystemAudits);
    b.sectionHistory.forEach((h, i) => {
      if (!own(h.provenance.system) || !h.sectionKey.startsWith(`${h.provenance.system}|`)) issue(['sectionHistory', i, 'sectionKey'], 'A history row must belong to a section of its own care system.');
    });
    b.samples.forEach((s, i) => {
      if (s.status !== 'complete') issue(['samples', i, 'status'], 'Only completed samples are exported.');
      if (!own(s.system)) issue(['samples', i, 'system'], 'A sample of another home.');
    });
    b.auditCycles.forEach((c, i) => {
      if (c.status !== 'closed') issue(['auditCycles', i, 'status'], 'Only closed audit cycles are exported.');
      if (!c.sample.length) issue(['auditCycles', i, 'sample'], 'A cycle with no sampled record says nothing.');
      if (c.sample.some((r) => r.recordKey.startsWith(IMPORTED_HOME_PREFIX))) issue(['auditCycles', i, 'sample'], 'A cycle of another home.');
    });
    if (b.pseudonymised && b.notes.some((n) => n.text !== undefined)) issue(['notes'], 'A pseudonymised bundle carries no words of notes.');
  });
export type CaptureBundle = z.infer<typeof CaptureBundleSchema>;
