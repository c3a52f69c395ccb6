import { describeCoached } from '../coaching/coached-notes';
import { coachingEffect, type AnnouncedPeriod, type CoachedFacts } from '../coaching/coaching-effect';
import { changeInWords, lastingInWords, unpromptedInWords } from '../coaching/coaching-words';
import { describeProgress, followUpProgress } from '../coaching/follow-up';
import type { CoachingEvent } from '../model/coaching';
import { RULE_LABELS } from '../model/quality-flag';
import type { PackCoaching } from './pack';

/**
 * The coaching sessions as an inspector reads them: when, who (a member of staff by their code
 * unless the manager chose names; a group by role, unit and shift, which name nobody), what about,
 * the follow-up checks, and before/after/holding in words. The session note stays out: it is
 * about a person's practice, said in supervision.
 */
export function packCoaching(
  events: readonly CoachingEvent[],
  inputs: { facts: CoachedFacts; announced: readonly AnnouncedPeriod[] },
  /** Each session's follow-up queue (note keys, oldest first), by session id. */
  queues: ReadonlyMap<number, readonly string[]>,
  today: string,
  staffCode: (authorName: string) => string,
): PackCoaching[] {
  return events.map((e) => {
    const effect = coachingEffect(e, inputs.facts, today, inputs.announced);
    return {
      day: e.day,
      who: e.coached.kind === 'author' ? staffCode(e.coached.authorName) : describeCoached(e.coached),
      focus: e.focus.map((r) => RULE_LABELS[r]),
      followUp: describeProgress(followUpProgress(e, queues.get(e.id!) ?? [])),
      change: changeInWords(effect),
      lasting: lastingInWords(effect),
      unprompted: unpromptedInWords(effect),
    };
  });
}
