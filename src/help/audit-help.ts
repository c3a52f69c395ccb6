import type { BroadVerdict } from '../audit/broad-verdict';
import type { EmbeddedVerdict } from '../audit/embedded-verdict';
import type { ScheduleGapStatus } from '../audit/schedule-gap';
import type { HelpText } from './help-texts';

/** "Is it sustained?" (embedded-verdict.ts), for the quality lead and registered manager. */
export const EMBEDDED_HELP: Readonly<Record<EmbeddedVerdict['status'], HelpText>> = {
  embedded: {
    means: 'Embedded: at least three audit cycles in a row reached the target, with no slip back since. This is what CQC means by a sustained improvement.',
    todo: 'Keep auditing on the rota and put this result, with its cycles, in the evidence pack.',
  },
  'not-embedded': {
    means: 'Not embedded: the latest cycles have not all reached the target, or a good run slipped back.',
    todo: 'Look at the questions and units that fell below target in the latest cycle, act on them, and audit again next month.',
  },
  'too-few-cycles': {
    means: 'Too few cycles: one good audit proves little; an inspector looks for three in a row at target.',
    todo: 'Run a cycle each month with the same template; the verdict appears after the third.',
  },
};

/** "Is it broad?" for audits (broad-verdict.ts). */
export const BROAD_HELP: Readonly<Record<BroadVerdict['status'], HelpText>> = {
  broad: {
    means: 'Broad: every unit, shift and day type reached the target in the latest cycle.',
    todo: 'Keep the sample stratified so each of them stays represented in every cycle.',
  },
  'not-broad': {
    means: 'Not broad: some units, shifts or day types are below target, or were not audited at all in the latest cycle.',
    todo: 'Plan the next cycle to include the ones not audited, and give the ones below target their own action.',
  },
  'no-cycles': {
    means: 'No closed cycles yet, so nothing can be said about units, shifts and day types.',
    todo: 'Start an audit cycle above and close it once every sampled record is answered.',
  },
};

/** "Does it hold without prompting?" (schedule-gap.ts). */
export const SCHEDULE_GAP_HELP: Readonly<Record<ScheduleGapStatus, HelpText>> = {
  'no-gap-yet': {
    means: 'No gap yet: there are no scored cycles of both kinds, scheduled (on the rota) and unscheduled (unannounced), to compare.',
    todo: 'Run an unannounced cycle now and then: untick "Scheduled" when you start it.',
  },
  same: {
    means: 'Unannounced audits score the same as scheduled ones: the records are as good when nobody is expecting a check.',
    todo: 'Keep some audits unannounced so this stays true; an inspector may ask for it.',
  },
  'unscheduled-lower': {
    means: 'Unannounced audits score lower than scheduled ones: records improve when staff know a check is coming.',
    todo: 'Do more unannounced audits and spot checks, at different times and days, until the gap closes.',
  },
  'unscheduled-higher': {
    means: 'Unannounced audits score higher than scheduled ones: the improvement does not depend on a check being expected.',
    todo: 'Nothing to fix here; check that both kinds sample the same units and shifts before relying on it.',
  },
};
