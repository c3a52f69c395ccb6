import { z } from 'zod';
import { AuditCycleSchema, AuditTemplateSchema } from '../model/audit';
import { CarePlanEventSchema } from '../model/care-plan-event';
import { CarePlanSectionHistorySchema, CarePlanSectionSchema } from '../model/care-plan-section';
import { CareSystemAuditSchema } from '../model/care-system-audit';
import { NoteQualitySchema } from '../model/note-quality';
import { ProvenanceSchema } from '../model/provenance';
import { FieldSpecSchema, RecipePageSchema, RecipeSchema } from '../model/recipe';
import { SampleJudgementSchema, SampleSchema } from '../model/sample';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleNoteSchema, BundleRecipeSchema, CaptureBundleSchema } from './bundle-schema';

/** Where the generated schema is committed, from the project root. */
export const JSON_SCHEMA_PATH = 'docs/capture-bundle.schema.json';

type Meta = { id: string; description: string };

/**
 * Names and one-line descriptions for the parts a data platform maps to its own tables. A local
 * registry, so generating the document never changes zod's global one the app runs with.
 */
const NAMED: [z.ZodType, Meta][] = [
  [BundleNoteSchema, { id: 'Note', description: 'A daily note as stored: key, resident key, when the care happened and was written, author role, unit, category, the quality score and flags the home\'s rules gave, and where it was read. No "text" in a pseudonymised bundle.' }],
  [NoteQualitySchema, { id: 'NoteQuality', description: 'The quality rules\' verdict on a note: score 0-100, the flags raised, and the rules version that gave them.' }],
  [ProvenanceSchema, { id: 'Provenance', description: 'Where and when a record was read, and by which recipe version. "system" is the recipe id; "url" is only the care system\'s origin in a pseudonymised bundle.' }],
  [CarePlanSectionSchema, { id: 'CarePlanSection', description: 'The latest state of a care-plan section: last updated, review due, change in need.' }],
  [CarePlanSectionHistorySchema, { id: 'CarePlanSectionHistory', description: 'One distinct state of a section, kept so update events can be derived.' }],
  [CarePlanEventSchema, { id: 'CarePlanEvent', description: 'An update, review or change in need of a care-plan section.' }],
  [CareSystemAuditSchema, { id: 'CareSystemAudit', description: 'One answer from an audit form the care system keeps itself.' }],
  [SampleSchema, { id: 'Sample', description: 'A completed sample of notes judged by a person beside the engine\'s flags.' }],
  [SampleJudgementSchema, { id: 'SampleJudgement', description: 'A person\'s verdict on one sampled note.' }],
  [AuditCycleSchema, { id: 'AuditCycle', description: 'A closed documentation audit cycle: its frozen template, stratified sample and answers.' }],
  [AuditTemplateSchema, { id: 'AuditTemplate', description: 'An audit checklist, one version of it.' }],
  [BundleRecipeSchema, { id: 'BundleRecipe', description: 'A recipe that read some of the records, with the versions that did.' }],
  [RecipeSchema, { id: 'Recipe', description: 'How Record Lens reads one care system\'s pages.' }],
  [RecipePageSchema, { id: 'RecipePage', description: 'One kind of page of a care system and the records on it.' }],
  [FieldSpecSchema, { id: 'FieldSpec', description: 'How one field of a record is read from a page.' }],
];

/**
 * The capture bundle's JSON Schema (draft 2020-12), generated from the zod schema the import
 * checks with, so the document a provider's data platform reads cannot drift from what Record
 * Lens writes. Checks in code (`superRefine`: keys start with their care system, a pseudonymised
 * bundle has no note words) are not expressible in JSON Schema and are described in README.md.
 */
export function captureBundleJsonSchema(): string {
  const metadata = z.registry<Meta>();
  for (const [schema, meta] of NAMED) metadata.add(schema, meta);
  const schema = z.toJSONSchema(CaptureBundleSchema, { target: 'draft-2020-12', unrepresentable: 'throw', metadata });
  const documented = {
    title: 'Record Lens capture bundle',
    description: `One care home's records, samples, audit cycles and recipe versions, exported by Record Lens ("format": "${BUNDLE_FORMAT}", "version": ${BUNDLE_VERSION}). Times are milliseconds since 1970 (UTC); days are London calendar days (YYYY-MM-DD). Keys start with the care system's recipe id; imported into another browser, they are stored under the home's id.`,
    ...schema,
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}
