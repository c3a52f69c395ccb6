import { dateBounds } from '../../extract/dates/bounds';
import type { Rule } from '../rule';

const hours = (ms: number) => Math.round((ms / 3_600_000) * 10) / 10;

export const lateEntry: Rule = {
  id: 'late-entry',
  explanation: 'The note was written long after the care. Notes written at the time are more accurate: write them during or just after the care.',
  check(note, { config }) {
    if (note.careAt === undefined || note.writtenAt === undefined) return undefined;
    // Late only when it is certain: the earliest the note can have been written, after the latest
    // the care can have happened. "Logged 1 day ago" says the day, not the hour.
    const [writtenFrom] = dateBounds(note.writtenAt, note.writtenAtPrecision);
    const [, careTo] = dateBounds(note.careAt, note.careAtPrecision);
    const late = writtenFrom - careTo;
    if (late <= config.lateHours * 3_600_000) return undefined;
    const exact = writtenFrom === note.writtenAt && careTo === note.careAt;
    return {
      rule: 'late-entry',
      reason: `Written ${exact ? '' : 'at least '}${hours(late)} hours after the care (the limit is ${config.lateHours}).`,
      evidence: [`${hours(late)} h`],
    };
  },
};
