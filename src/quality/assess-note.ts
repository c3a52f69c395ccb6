import type { NoteQuality } from '../model/note-quality';
import { isVague } from './vague';

/** Bumped whenever a rule or lexicon changes, so stored results say which rules produced them. */
export const RULES_VERSION = 1;

export function assessNote(note: { text: string }): NoteQuality {
  const flags: string[] = [];
  if (isVague(note.text)) flags.push('vague');
  return { rulesVersion: RULES_VERSION, flags };
}
