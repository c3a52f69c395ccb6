import type { Rule } from '../rule';
import { findTerms, personActs, without } from '../terms';

export const noOutcome: Rule = {
  id: 'no-outcome',
  explanation: 'The note says what was done but not how the person responded or what changed. Add their response and the result.',
  check(note, { config }) {
    const actions = findTerms(note.text, config.lexicons.actions);
    if (!actions.length) return undefined;
    const said = without(note.text, config.lexicons.stockPhrases);
    if (findTerms(said, config.lexicons.outcomes).length || personActs(said)) return undefined;
    return { rule: 'no-outcome', reason: `Says what was done (${actions.slice(0, 3).join(', ')}) but not how the person responded.`, evidence: actions };
  },
};
