import type { CarePlanSection } from '../model/care-plan-section';
import type { Note } from '../model/note';
import type { FrameRecord } from './stratified-sample';

/**
 * What a stored record contributes to an audit's sampling frame. The time decides whether the
 * record falls in the audit period (and, for notes, its shift and day type).
 */

/** A note belongs to the period, shift and day in which the care happened, not when it was typed up. */
export function noteFrameRecord(note: Pick<Note, 'key' | 'careAt' | 'unit'>): FrameRecord {
  return { key: note.key, at: note.careAt, unit: note.unit };
}

/**
 * A care-plan section belongs to the period if its latest capture falls in it: an audit of plans
 * must include the ones nobody has updated for months, so the last update cannot be the test.
 * For the usual audit of the current month that is every section still shown; a section seen
 * again after the period counts in the later period, not this one.
 */
export function sectionFrameRecord(section: Pick<CarePlanSection, 'key' | 'lastSeenAt' | 'unit'>): FrameRecord {
  return { key: section.key, at: section.lastSeenAt, unit: section.unit };
}
