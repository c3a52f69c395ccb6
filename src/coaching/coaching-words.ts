import type { CoachingEffect } from './coaching-effect';
import { MIN_NOTES_TO_JUDGE, type RateWindow } from './proportions';

const pct = (w: RateWindow) => (w.rate === null ? 'no notes' : `${Math.round(w.rate * 100)}% of ${w.notes} note${w.notes === 1 ? '' : 's'}`);

/** Before against after, in the words the registered manager reads. */
export function changeInWords(e: CoachingEffect): string {
  switch (e.change) {
    case 'too-few':
      return `Too few notes to judge yet: ${e.before.notes} before and ${e.after.notes} after; at least ${MIN_NOTES_TO_JUDGE} on each side are needed.`;
    case 'lower':
      return `Better: the focus flags fell from ${pct(e.before)} to ${pct(e.after)}, more than chance alone would explain.`;
    case 'higher':
      return `Worse: the focus flags rose from ${pct(e.before)} to ${pct(e.after)}, more than chance alone would explain.`;
    default:
      return `No clear change: ${pct(e.before)} before, ${pct(e.after)} after, within what chance alone gives.`;
  }
}

/** The last 4 weeks against before: did the better standard stay? */
export function lastingInWords(e: CoachingEffect): string {
  switch (e.lasting) {
    case 'too-few':
      return 'Too few notes in the last 4 weeks to say whether it stayed.';
    case 'lower':
      return `Still better in the last 4 weeks: ${pct(e.latest)}.`;
    case 'higher':
      return `Worse in the last 4 weeks than before: ${pct(e.latest)}.`;
    default:
      return `Not clearly better in the last 4 weeks (${pct(e.latest)}): any gain may be fading.`;
  }
}

/** Notes outside announced audits against notes during them: does it hold without prompting? */
export function unpromptedInWords(e: CoachingEffect): string {
  switch (e.unprompted) {
    case 'no-audit':
      return 'No announced audit since the session: every note after it was written without prompting.';
    case 'too-few':
      return `Too few notes to compare audit weeks (${e.inAudit.notes}) with the rest (${e.outsideAudit.notes}).`;
    case 'higher':
      return `Slips when nobody is watching: ${pct(e.inAudit)} in announced audit weeks, ${pct(e.outsideAudit)} outside them.`;
    default:
      return `Holds without prompting: ${pct(e.inAudit)} in announced audit weeks, ${pct(e.outsideAudit)} outside them.`;
  }
}
