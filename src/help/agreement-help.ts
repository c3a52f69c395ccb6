import { MIN_FLAGS_FOR_VERDICT, TRUST_FROM, type AgreementVerdict } from '../measure/agreement';
import type { HelpText } from './help-texts';

const TRUST = `${Math.round(TRUST_FROM * 100)}%`;

/** A rule's verdict from the samples people judged (agreement.ts), with what a manager does about it. */
export const AGREEMENT_HELP: Readonly<Record<AgreementVerdict, HelpText>> = {
  'too-few': {
    means: `Too few samples yet: a rule gets a verdict once people have checked ${MIN_FLAGS_FOR_VERDICT} of its flags, or found ${MIN_FLAGS_FOR_VERDICT} weak notes of its kind.`,
    todo: 'Keep sampling a few notes a week, on different units and shifts; rely on the rule\u2019s flags with care until then.',
  },
  trusted: {
    means: `People confirm at least ${TRUST} of this rule\u2019s flags, and it finds at least ${TRUST} of the weak notes of its kind that people find.`,
    todo: 'Its figures can go in front of an inspector; keep sampling now and then so the check stays true.',
  },
  'over-flags': {
    means: `People reject more than ${Math.round((1 - TRUST_FROM) * 100)}% of this rule\u2019s flags: it calls notes weak that staff judge fine.`,
    todo: 'Read the comments on the flags people rejected, then adjust the rule\u2019s threshold or word list in Record Lens settings, Quality rules.',
  },
  misses: {
    means: `People find weak notes of this kind that the rule does not flag: it finds fewer than ${TRUST} of them.`,
    todo: 'Look at the notes people added this flag to, and add their stock phrases or lower the threshold in Record Lens settings, Quality rules.',
  },
};
