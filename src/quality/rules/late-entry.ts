import type { Rule } from '../rule';

const hours = (ms: number) => Math.round((ms / 3_600_000) * 10) / 10;

export const lateEntry: Rule = {
  id: 'late-entry',
  explanation: 'The note was written long after the care. Notes written at the time are more accurate: write them during or just after the care.',
  check(note, { config }) {
    if (note.careAt === undefined || note.writtenAt === undefined) return undefined;
    const late = note.writtenAt - note.careAt;
    if (late <= config.lateHours * 3_600_000) return undefined;
    return { rule: 'late-entry', reason: `Written ${hours(late)} hours after the care (the limit is ${config.lateHours}).`, evidence: [`${hours(late)} h`] };
  },
};
