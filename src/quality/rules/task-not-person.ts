import type { Rule } from '../rule';
import { findTerms, personActs, without } from '../terms';

const QUOTE = /["“”]|'[^']{3,}'/;

export const taskNotPerson: Rule = {
  id: 'task-not-person',
  explanation: 'The note lists tasks but nothing of the person: their choices, words, mood or wellbeing. Write about them, not only the jobs done.',
  check(note, { config }) {
    const tasks = findTerms(note.text, config.lexicons.actions);
    if (!tasks.length || QUOTE.test(note.text)) return undefined;
    const said = without(note.text, config.lexicons.stockPhrases);
    if (findTerms(said, config.lexicons.person).length || personActs(said)) return undefined;
    return { rule: 'task-not-person', reason: 'Only tasks: no choice, words, mood or wellbeing of the person.', evidence: tasks };
  },
};
