import type { ExtractedCarePlanSection } from '../model/care-plan-section';
import type { ExtractionProblem, RecordType } from '../model/extraction-problem';
import type { ExtractedNote } from '../model/note';
import type { RecipePage } from '../model/recipe';
import { extractRecords } from './extract-records';

export interface PageExtraction {
  pageId: string;
  notes: ExtractedNote[];
  sections: ExtractedCarePlanSection[];
  matched: Partial<Record<RecordType, number>>;
  problems: ExtractionProblem[];
}

/**
 * page → records: pure, given a DOM root, one recipe page and the capture time that relative
 * dates ("Yesterday at 21:40") are read against. No storage, no messaging, no globals.
 */
export function extractPage(root: ParentNode, page: RecipePage, capturedAt: number): PageExtraction {
  const out: PageExtraction = { pageId: page.id, notes: [], sections: [], matched: {}, problems: [] };
  if (page.note) {
    const read = extractRecords(root, page.note, 'note', capturedAt);
    out.notes = read.records as unknown as ExtractedNote[];
    out.matched.note = read.matched;
    out.problems.push(...read.problems);
  }
  if (page.carePlanSection) {
    const read = extractRecords(root, page.carePlanSection, 'carePlanSection', capturedAt);
    out.sections = read.records as unknown as ExtractedCarePlanSection[];
    out.matched.carePlanSection = read.matched;
    out.problems.push(...read.problems);
  }
  return out;
}
