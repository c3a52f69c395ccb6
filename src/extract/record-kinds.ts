import type { RecordType } from '../model/extraction-problem';

/** What each record type needs to be worth storing, and which of its fields are dates. */
export interface RecordKind {
  required: readonly string[];
  dates: readonly string[];
  /** Date fields whose precision is kept ("3 days ago" is a day, not a minute). */
  keepsPrecision: readonly string[];
}

export const RECORD_KINDS: Record<RecordType, RecordKind> = {
  note: {
    required: ['text', 'careAt', 'residentName'],
    dates: ['careAt', 'writtenAt'],
    keepsPrecision: ['careAt', 'writtenAt'],
  },
  carePlanSection: {
    required: ['section', 'lastUpdated', 'residentName'],
    dates: ['lastUpdated', 'reviewDue', 'changeInNeed'],
    keepsPrecision: [],
  },
  carePlanEvent: {
    required: ['section', 'type', 'at', 'residentName'],
    dates: ['at'],
    keepsPrecision: [],
  },
  auditAnswer: {
    required: ['criterion', 'answer', 'at'],
    dates: ['at'],
    keepsPrecision: [],
  },
};
