import type { ExtractedCarePlanEvent } from '../model/care-plan-event';
import type { ExtractedCareSystemAudit } from '../model/care-system-audit';
import type { ExtractedCarePlanSection } from '../model/care-plan-section';
import type { ExtractionProblem, RecordType } from '../model/extraction-problem';
import type { ExtractedNote } from '../model/note';
import type { RecipePage } from '../model/recipe';
import { extractRecords, extractRecordsSliced, type RecordsRead, type Slicing } from './extract-records';

export interface PageExtraction {
  pageId: string;
  notes: ExtractedNote[];
  sections: ExtractedCarePlanSection[];
  /** Rows of a care plan's history table. */
  events: ExtractedCarePlanEvent[];
  /** Answers from the care system's own audit forms. */
  audits: ExtractedCareSystemAudit[];
  matched: Partial<Record<RecordType, number>>;
  problems: ExtractionProblem[];
  /** Per `recordType.field`: in how many matched records the field was found. */
  fieldHits: Record<string, number>;
}

function combine(page: RecipePage, reads: Partial<Record<RecordType, RecordsRead>>): PageExtraction {
  const out: PageExtraction = { pageId: page.id, notes: [], sections: [], events: [], audits: [], matched: {}, problems: [], fieldHits: {} };
  for (const [type, r] of Object.entries(reads) as [RecordType, RecordsRead][]) {
    out.matched[type] = r.matched;
    out.problems.push(...r.problems);
    Object.assign(out.fieldHits, r.fieldHits);
  }
  // Records passed every required-field and date check in extractRecords; the background
  // parses them against the zod schemas again at its boundary.
  out.notes = (reads.note?.records ?? []) as unknown as ExtractedNote[];
  out.sections = (reads.carePlanSection?.records ?? []) as unknown as ExtractedCarePlanSection[];
  out.events = (reads.carePlanEvent?.records ?? []) as unknown as ExtractedCarePlanEvent[];
  out.audits = (reads.auditAnswer?.records ?? []) as unknown as ExtractedCareSystemAudit[];
  return out;
}

/**
 * page → records: pure, given a DOM root, one recipe page and the capture time that relative
 * dates ("Yesterday at 21:40") are read against. No storage, no messaging, no globals.
 */
export function extractPage(root: ParentNode, page: RecipePage, capturedAt: number): PageExtraction {
  return combine(page, {
    ...(page.note && { note: extractRecords(root, page.note, 'note', capturedAt) }),
    ...(page.carePlanSection && { carePlanSection: extractRecords(root, page.carePlanSection, 'carePlanSection', capturedAt) }),
    ...(page.carePlanEvent && { carePlanEvent: extractRecords(root, page.carePlanEvent, 'carePlanEvent', capturedAt) }),
    ...(page.auditAnswer && { auditAnswer: extractRecords(root, page.auditAnswer, 'auditAnswer', capturedAt) }),
  });
}

/** The same, in time-boxed slices, for pages with thousands of records (no long tasks). */
export async function extractPageSliced(
  root: ParentNode,
  page: RecipePage,
  capturedAt: number,
  slicing: Slicing,
  /** When given, each note's (and section's) root element, aligned with `notes` (and `sections`). */
  out?: { noteRoots: Element[]; sectionRoots?: Element[] },
): Promise<PageExtraction> {
  const reads: Partial<Record<RecordType, RecordsRead>> = {};
  if (page.note) reads.note = await extractRecordsSliced(root, page.note, 'note', capturedAt, slicing, out?.noteRoots);
  if (page.carePlanSection) {
    reads.carePlanSection = await extractRecordsSliced(root, page.carePlanSection, 'carePlanSection', capturedAt, slicing, out?.sectionRoots);
  }
  if (page.carePlanEvent) {
    reads.carePlanEvent = await extractRecordsSliced(root, page.carePlanEvent, 'carePlanEvent', capturedAt, slicing);
  }
  if (page.auditAnswer) reads.auditAnswer = await extractRecordsSliced(root, page.auditAnswer, 'auditAnswer', capturedAt, slicing);
  return combine(page, reads);
}
