import type { RuleId } from '../model/quality-flag';
import type { HelpText } from './help-texts';

/**
 * Each quality rule's flag, for the deputy or quality lead who reads it in the side panel: what it
 * looks for, and how to judge it. The rule's own `explanation` (src/quality/rules) speaks to the
 * care worker who wrote the note and is shown in the page's marks; this speaks to the reviewer.
 */
export const FLAG_HELP: Readonly<Record<RuleId, HelpText>> = {
  vague: {
    means: 'Most of the note is stock phrases ("settled", "no concerns", "care given as per care plan") with nothing specific.',
    todo: 'Agree if you could not tell from the note what happened or how the person was; disagree if it says something specific.',
  },
  'too-short': {
    means: 'The note has fewer words than its category needs to show what care was given and how the person was.',
    todo: 'Agree if something you would expect is missing; disagree if a short note says all that was needed.',
  },
  'copied-forward': {
    means: 'Part of the note is word for word an earlier note about the same person (in the previous 14 days unless changed in Quality rules).',
    todo: 'Agree if it repeats what happened another day; disagree if the repeated words are a standard phrase that is true today.',
  },
  'late-entry': {
    means: 'The note was written long after the care it describes (over the hours set in Quality rules).',
    todo: 'Agree if the times are right; if the care system shows the time written wrongly, say so in the comment.',
  },
  'no-outcome': {
    means: 'The note says what was done but not how the person responded or what changed.',
    todo: 'Agree if you cannot tell how the person was afterwards; disagree if the response is there in other words.',
  },
  'task-not-person': {
    means: 'The note lists tasks but nothing of the person: no choice offered, no words of theirs, no mood or wellbeing.',
    todo: 'Agree if the person is absent from the note; disagree if their choices, words or mood are there.',
  },
  'concern-without-follow-up': {
    means: 'The note mentions a concern (pain, a fall, a refusal, weight loss, distress, skin damage) but not what was done or who was told.',
    todo: 'Agree if there is no action or person told; check the concern was followed up whatever you decide.',
  },
  'missing-attribution': {
    means: 'The note does not say who wrote it, their role, or when the care happened.',
    todo: 'Agree if any of them is missing on the care system\u2019s page; if it is shown but not read, the recipe needs fixing.',
  },
};
