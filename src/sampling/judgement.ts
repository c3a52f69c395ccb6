import { RULE_IDS, type RuleId } from '../model/quality-flag';
import type { Note } from '../model/note';
import type { Sample, SampleJudgement, Verdict } from '../model/sample';

/** What the deputy entered for one note, before it becomes a judgement. */
export interface JudgementInput {
  verdicts: Partial<Record<RuleId, Verdict>>;
  added: readonly RuleId[];
  comment: string;
}

/** A judgement of a stored note: the engine's flags as they stand now, and what the person said. */
export function judgementOf(note: Note, input: JudgementInput, now: number): SampleJudgement {
  const engineFlags = RULE_IDS.filter((r) => note.quality.flags.some((f) => f.rule === r));
  const comment = input.comment.trim();
  return {
    noteKey: note.key,
    careAt: note.careAt,
    ...(note.unit ? { unit: note.unit } : {}),
    rulesVersion: note.quality.rulesVersion,
    engineFlags,
    verdicts: Object.fromEntries(engineFlags.flatMap((r) => (input.verdicts[r] ? [[r, input.verdicts[r]]] : []))),
    added: RULE_IDS.filter((r) => input.added.includes(r) && !engineFlags.includes(r)),
    ...(comment ? { comment } : {}),
    judgedAt: now,
  };
}

export interface SampleSummary {
  notes: number;
  engineFlags: number;
  agreed: number;
  added: number;
}

/** The figures a deputy sees when a sample is saved. */
export function summariseSample(sample: Pick<Sample, 'judgements'>): SampleSummary {
  let engineFlags = 0, agreed = 0, added = 0;
  for (const j of sample.judgements) {
    engineFlags += j.engineFlags.length;
    agreed += j.engineFlags.filter((r) => j.verdicts[r] === 'agree').length;
    added += j.added.length;
  }
  return { notes: sample.judgements.length, engineFlags, agreed, added };
}
