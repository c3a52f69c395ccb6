import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from './config';
import { CopyIndex } from './copy-index';
import type { Flag, QualityNote, Rule } from './rule';
import { concernWithoutFollowUp } from './rules/concern-without-follow-up';
import { copiedForward } from './rules/copied-forward';
import { lateEntry } from './rules/late-entry';
import { missingAttribution } from './rules/missing-attribution';
import { noOutcome } from './rules/no-outcome';
import { taskNotPerson } from './rules/task-not-person';
import { tooShort } from './rules/too-short';
import { vague } from './rules/vague';

export const RULES: readonly Rule[] = [vague, tooShort, copiedForward, lateEntry, noOutcome, taskNotPerson, concernWithoutFollowUp, missingAttribution];

export interface NoteAssessment {
  key: string;
  rulesVersion: number;
  /** 0–100: 100 less the weight of every flag raised. */
  score: number;
  flags: Flag[];
}

/** One note against every rule. The copy index must already hold the notes written before it. */
export function assessOne(note: QualityNote, config: QualityConfig, copies: CopyIndex): NoteAssessment {
  const ctx = { config, copies };
  const flags: Flag[] = [];
  let penalty = 0;
  for (const rule of RULES) {
    const flag = rule.check(note, ctx);
    if (!flag) continue;
    flags.push(flag);
    penalty += config.weights[flag.rule] ?? 0;
  }
  return { key: note.key, rulesVersion: config.version, score: Math.max(0, 100 - penalty), flags };
}

/**
 * Scores notes in the order they were written (time of care), each against the notes before it
 * for copying. Linear in the number of notes.
 */
export function assessNotes(
  notes: readonly QualityNote[],
  config: QualityConfig = DEFAULT_QUALITY_CONFIG,
  copies = new CopyIndex(config.copyRunWords, config.nearDuplicate),
): NoteAssessment[] {
  const at = new Float64Array(notes.length);
  const order = new Array<number>(notes.length);
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i]!;
    at[i] = n.careAt ?? n.writtenAt ?? 0;
    order[i] = i;
  }
  order.sort((i, j) => at[i]! - at[j]! || i - j);
  const out = new Array<NoteAssessment>(notes.length);
  for (const i of order) {
    const note = notes[i]!;
    out[i] = assessOne(note, config, copies);
    copies.add(note.residentKey, note.key, note.text, note.authorName, note.careAt ?? note.writtenAt);
  }
  return out;
}
