import { shiftOf, type ShiftBoundaries } from '../measure/segments';
import type { Coached } from '../model/coaching';
import type { Note } from '../model/note';
import type { StaffCount } from '../model/staff-rollup';

/** What deciding "was this note written by the coached staff?" needs of a note. */
export type NoteOfStaff = Pick<Note, 'authorName' | 'authorRole' | 'unit' | 'careAt'>;

/** The same question of a staff count (its author, role, unit and shift). */
export type StaffOf = Pick<StaffCount, 'author' | 'role' | 'unit' | 'shift'>;

// A session is judged over every staff count of its span, a few names many times over: each
// name is folded once (toLocaleLowerCase is the cost), not once per count.
const FOLDED = new Map<string, string>();
const fold = (s: string): string => {
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    folded = s.trim().toLocaleLowerCase('en-GB');
    if (FOLDED.size > 10_000) FOLDED.clear();
    FOLDED.set(s, folded);
  }
  return folded;
};
const same = (a: string | undefined, b: string) => a !== undefined && fold(a) === fold(b);

/**
 * Whether notes belong to the coached staff. Names and labels are compared as the care system
 * writes them, ignoring case and spacing; the shift is the notes' care time against the home's
 * shift hours, as in every other segment.
 */
export function isCoachedStaff(coached: Coached, staff: StaffOf): boolean {
  if (coached.kind === 'author') return same(staff.author, coached.authorName);
  if (coached.role && !same(staff.role, coached.role)) return false;
  if (coached.unit && !same(staff.unit, coached.unit)) return false;
  if (coached.shift && staff.shift !== coached.shift) return false;
  return true;
}

/** `isCoachedStaff` of one note, its shift worked out with the home's shift hours. */
export function isCoachedNote(coached: Coached, note: NoteOfStaff, shifts?: ShiftBoundaries): boolean {
  return isCoachedStaff(coached, { author: note.authorName ?? '', role: note.authorRole, unit: note.unit, shift: shiftOf(note.careAt, shifts) });
}

/** The coached staff in words, for headings and chart markers ("Group: Senior carer · night shift · Cedar"). */
export function describeCoached(coached: Coached): string {
  if (coached.kind === 'author') return coached.authorName;
  const parts = [coached.role, coached.shift && `${coached.shift} shift`, coached.unit].filter(Boolean);
  return `Group: ${parts.join(' · ')}`;
}
