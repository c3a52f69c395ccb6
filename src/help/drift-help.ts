import { SHIFT_LENGTH, TREND_LENGTH, type SpcRule } from '../measure/spc/special-cause';
import type { HelpText } from './help-texts';

/** What an early warning of drift is (drift.ts), said once beside the list of warnings. */
export const DRIFT_HELP: HelpText = {
  means:
    'An early warning means a unit, shift or group of staff improved after the intervention and is now slipping back: its recent weeks show a concern signal against the new, better level.',
  todo:
    'Ask the team leader what changed that week (new or agency staff, a manager away, a busy spell), act on it, then dismiss the warning with the reason so the record shows who looked.',
};

/** The signal that raised a warning (the four Making Data Count rules), in words and with the next step. */
export const DRIFT_RULE_HELP: Readonly<Record<SpcRule, HelpText>> = {
  'beyond-limit': {
    means: 'One week was beyond the process limit on the worse side: more than routine variation would give.',
    todo: 'Look at that week first: a single event (sickness, a new starter, a system outage) is the usual cause.',
  },
  shift: {
    means: `${SHIFT_LENGTH} weeks in a row were on the worse side of the improved mean: the level itself has moved back.`,
    todo: 'This is a slow slide, not one bad week: repeat the coaching or checks that worked, for this segment.',
  },
  trend: {
    means: `${TREND_LENGTH} weeks in a row each got worse than the week before.`,
    todo: 'Act now, before it reaches the old level: find what has been changing week by week.',
  },
  'two-of-three': {
    means: 'Two of three weeks were close to the limit on the worse side.',
    todo: 'Watch the next weeks closely and ask the team what has changed; it often comes before a clearer signal.',
  },
};
