import type { ExtractedCarePlanSection } from '../model/care-plan-section';
import type { ExtractedNote } from '../model/note';
import { stableHash } from './stable-hash';

/**
 * What stands for a resident's name inside a key: a keyed hash (record-keys.ts), so that keys and
 * the indexes over them never hold a name, even in a store locked with a passphrase.
 */
export type NameToken = (system: string, name: string) => string;

/** For records known to carry the system's resident id (demo fixtures): a name never needs a token. */
export const idsOnly: NameToken = (system) => {
  throw new Error(`A resident of ${system} has no id: their key needs a name token (record-keys.ts).`);
};

/** The words a name's token is made from: the same name, whatever its case, is the same resident. */
export const nameTokenInput = (system: string, name: string): string => `${system}|${name.toLowerCase()}`;

/** A resident is known by the system's id where the page shows one, else by their name's token. */
export function residentKey(system: string, r: { residentId?: string; residentName: string }, token: NameToken): string {
  return `${system}|${r.residentId ? `id:${r.residentId}` : `n:${token(system, r.residentName)}`}`;
}

/** The residents among these records that only a name identifies: their names need tokens. */
export const namesToToken = (records: Iterable<{ residentId?: string; residentName: string }>): string[] =>
  [...new Set([...records].flatMap((r) => (r.residentId ? [] : [r.residentName])))];

/**
 * A note's key: the system's own id where the page exposes one, else a hash of who, when and
 * what, so the same note captured twice (or from two tabs) is stored once.
 */
export function noteKey(system: string, note: ExtractedNote, token: NameToken): string {
  const resident = residentKey(system, note, token);
  if (note.sourceId) return `${resident}|id:${note.sourceId}`;
  return `${resident}|h:${stableHash([note.authorName ?? '', note.careAt, note.text].join('\u0000'))}`;
}

export function sectionKey(system: string, s: Pick<ExtractedCarePlanSection, 'residentId' | 'residentName' | 'section'>, token: NameToken): string {
  return `${residentKey(system, s, token)}|${s.section.toLowerCase()}`;
}

/** Changes whenever any date of the section changes: a new state, hence a new history row. */
export function sectionStateHash(s: ExtractedCarePlanSection): string {
  return stableHash([s.lastUpdated, s.reviewDue ?? '', s.changeInNeed ?? ''].join('|'));
}
