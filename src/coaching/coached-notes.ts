import { shiftOf, type ShiftBoundaries } from '../measure/segments';
import type { Coached } from '../model/coaching';
import type { Note } from '../model/note';

/** What deciding "was this note written by the coached staff?" needs of a note. */
export type NoteOfStaff = Pick<Note, 'authorName' | 'authorRole' | 'unit' | 'careAt'>;

const same = (a: string | undefined, b: string) => a?.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/**
 * Whether a note belongs to the coached staff. Names and labels are compared as the care system
 * writes them, ignoring case and spacing; the shift is the note's care time against the home's
 * shift hours, as in every other segment.
 */
export function isCoachedNote(coached: Coached, note: NoteOfStaff, shifts?: ShiftBoundaries): boolean {
  if (coached.kind === 'author') return same(note.authorName, coached.authorName);
  if (coached.role && !same(note.authorRole, coached.role)) return false;
  if (coached.unit && !same(note.unit, coached.unit)) return false;
  if (coached.shift && shiftOf(note.careAt, shifts) !== coached.shift) return false;
  return true;
}

/** The coached staff in words, for headings and chart markers ("Group: Senior carer · night shift · Cedar"). */
export function describeCoached(coached: Coached): string {
  if (coached.kind === 'author') return coached.authorName;
  const parts = [coached.role, coached.shift && `${coached.shift} shift`, coached.unit].filter(Boolean);
  return `Group: ${parts.join(' · ')}`;
}
