import { z } from 'zod';
import { CONCERN_TERMS, FOLLOW_UP_TERMS } from './lexicons/concerns';
import { OUTCOME_MARKERS, PERSON_MARKERS } from './lexicons/person-and-outcome';
import { FILLER_WORDS, STOCK_PHRASES } from './lexicons/stock-phrases';
import { ACTION_TERMS } from './lexicons/actions';

import { RuleIdSchema } from '../model/quality-flag';

export { RULE_IDS, RuleIdSchema, type RuleId } from '../model/quality-flag';

const Terms = z.array(z.string().min(1).max(60)).max(500);

/**
 * Everything the rules judge by, as one versioned, provider-adjustable document. Every stored
 * result names the version that produced it, so changing a threshold re-scores history.
 */
export const QualityConfigSchema = z.object({
  version: z.number().int().positive(),
  /** Share of a note's words that are stock phrases at which it counts as vague. */
  vagueShare: z.number().min(0.1).max(1),
  /** Fewest words a note of each category needs; `default` for the rest. */
  minWords: z.record(z.string(), z.number().int().min(1).max(200)),
  /** Hours after the care at which a note counts as a late entry. */
  lateHours: z.number().min(0.25).max(72),
  /** Consecutive words shared with an earlier note of the same resident that mean "copied forward". */
  copyRunWords: z.number().int().min(5).max(50),
  /** Estimated word-triple overlap with an earlier note that counts as a near-duplicate. */
  nearDuplicate: z.number().min(0.5).max(1),
  /** How far back, in days, an earlier note can be the source of a copy. */
  copyLookbackDays: z.number().int().min(1).max(90),
  weights: z.record(RuleIdSchema, z.number().min(0).max(100)),
  lexicons: z.object({
    stockPhrases: Terms, fillers: Terms, actions: Terms, outcomes: Terms, person: Terms, concerns: Terms, followUps: Terms,
  }),
});
export type QualityConfig = z.infer<typeof QualityConfigSchema>;

export const DEFAULT_QUALITY_CONFIG: QualityConfig = {
  version: 4,
  vagueShare: 0.5,
  minWords: { 'Personal care': 12, Nutrition: 8, 'Mood and wellbeing': 10, 'Night check': 5, Medication: 8, default: 8 },
  lateHours: 4,
  copyRunWords: 10,
  nearDuplicate: 0.8,
  copyLookbackDays: 14,
  weights: {
    vague: 30, 'too-short': 15, 'copied-forward': 25, 'late-entry': 10, 'no-outcome': 15, 'task-not-person': 15,
    'concern-without-follow-up': 30, 'missing-attribution': 10,
  },
  lexicons: {
    stockPhrases: [...STOCK_PHRASES], fillers: [...FILLER_WORDS], actions: [...ACTION_TERMS], outcomes: [...OUTCOME_MARKERS],
    person: [...PERSON_MARKERS], concerns: [...CONCERN_TERMS], followUps: [...FOLLOW_UP_TERMS],
  },
};
