import type { AssuranceVerdict, VariationVerdict } from '../measure/spc/verdicts';

/** A short "what this means" and "what to do", shown beside what it explains. */
export interface HelpText {
  means: string;
  todo: string;
}

/** One part of a help disclosure; `title` names the verdict when one disclosure explains several. */
export type HelpPart = HelpText & { title?: string };

/**
 * What to do about each measure: its definition (the registry's) says what it counts; this says
 * what a manager does when it is off. Written for a registered manager, not a statistician.
 */
export const MEASURE_HELP: Readonly<Record<string, HelpText>> = {
  vague: {
    means: 'How many notes say little beyond stock phrases ("settled", "no concerns", "had a good day"). Inspectors read these as care not being recorded.',
    todo: 'Open a few flagged notes, share two good examples at handover, and coach the staff who write most of them; check again in a fortnight.',
  },
  'copied-forward': {
    means: 'How many notes repeat an earlier note about the same resident nearly word for word.',
    todo: 'Ask staff to write what happened this time; a template that pre-fills yesterday\'s note is the usual cause.',
  },
  'late-entry': {
    means: 'How many notes were written long after the care they describe.',
    todo: 'Look at which shift and unit write late, and whether staff can reach a device during the shift.',
  },
  'mean-score': {
    means: 'The average quality score of notes (100 is a note with no flag).',
    todo: 'Read it with the flag measures: they say which problem moves the score.',
  },
  'notes-per-resident-day': {
    means: 'How many notes each resident has a day, on days with any note about them.',
    todo: 'A fall usually means care is not being recorded, not that less care was given: check the shift or unit that dropped.',
  },
  'sections-overdue': {
    means: 'The share of care-plan sections past their review date, day by day.',
    todo: 'Work through the backlog list, most overdue first, and give each reviewer a date.',
  },
  'update-lag': {
    means: 'Median days from a recorded change in need to the care plan being updated.',
    todo: 'Agree who updates the plan when a need changes (after a fall, a hospital stay, a new medicine), and by when.',
  },
  'audit-score': {
    means: 'The share of audit questions answered "yes" in each closed audit cycle.',
    todo: 'Look at the questions that score lowest in the audit results, and at the unit or shift furthest behind.',
  },
  'scheduled-gap': {
    means: 'How much more often notes are judged weak in unscheduled spot checks than in scheduled ones. A large gap means records improve only when staff know a check is coming.',
    todo: 'Do more unscheduled samples, at different times, until the gap closes.',
  },
  agreement: {
    means: 'How often the people sampling notes agree with the automatic flags.',
    todo: 'Under 80%, check the rule settings in the options page before relying on the flags.',
  },
};

/** The Making Data Count verdicts, in the words of the chart, with what to do about each. */
export const VARIATION_HELP: Readonly<Record<VariationVerdict, HelpText>> = {
  'common-cause': {
    means: 'The latest point is within the routine up and down of this process: nothing unusual happened.',
    todo: 'Do not react to a single week. If the level is not good enough, the process itself has to change.',
  },
  'special-cause-improvement': {
    means: 'The data show a change for the better that routine variation does not explain.',
    todo: 'Find out what changed (an intervention, a team) and keep it going; it is evidence an inspector can use.',
  },
  'special-cause-concern': {
    means: 'The data show a change for the worse that routine variation does not explain.',
    todo: 'Look into it now: which unit, shift or staff group moved (see Spread and drift), and what changed for them.',
  },
};

export const ASSURANCE_HELP: Readonly<Record<AssuranceVerdict, HelpText>> = {
  'consistently-meeting': {
    means: 'Every point the process can produce is on the right side of the target.',
    todo: 'Keep doing what works; consider whether the target should be raised.',
  },
  'consistently-missing': {
    means: 'The process cannot reach the target as it runs now, however the weeks fall.',
    todo: 'Waiting will not help: change how the records are kept (training, time, templates) and watch for a signal.',
  },
  'hit-and-miss': {
    means: 'The target lies within the routine variation: some weeks will meet it and some will not, by chance.',
    todo: 'Reduce the variation, for example by making the better shifts\' practice everyone\'s.',
  },
};
