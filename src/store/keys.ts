import type { ExtractedCarePlanSection } from '../model/care-plan-section';
import type { ExtractedNote } from '../model/note';
import { stableHash } from './stable-hash';

/** A resident is known by the system's id where the page shows one, else by name. */
export function residentKey(system: string, r: { residentId?: string; residentName: string }): string {
  return `${system}|${r.residentId ? `id:${r.residentId}` : `name:${r.residentName.toLowerCase()}`}`;
}

/**
 * A note's key: the system's own id where the page exposes one, else a hash of who, when and
 * what, so the same note captured twice (or from two tabs) is stored once.
 */
export function noteKey(system: string, note: ExtractedNote): string {
  const resident = residentKey(system, note);
  if (note.sourceId) return `${resident}|id:${note.sourceId}`;
  return `${resident}|h:${stableHash([note.authorName ?? '', note.careAt, note.text].join('\u0000'))}`;
}

export function sectionKey(system: string, s: Pick<ExtractedCarePlanSection, 'residentId' | 'residentName' | 'section'>): string {
  return `${residentKey(system, s)}|${s.section.toLowerCase()}`;
}

/** Changes whenever any date of the section changes: a new state, hence a new history row. */
export function sectionStateHash(s: ExtractedCarePlanSection): string {
  return stableHash([s.lastUpdated, s.reviewDue ?? '', s.changeInNeed ?? ''].join('|'));
}
