import type { Rule } from '../rule';
import { noteWords } from '../terms';

export const tooShort: Rule = {
  id: 'too-short',
  explanation: 'The note is too short to show what care was given and how the person was. Add what happened and how they responded.',
  check(note, { config }) {
    const needed = config.minWords[note.category ?? ''] ?? config.minWords['default'] ?? 8;
    const count = noteWords(note.text).length;
    if (count >= needed) return undefined;
    return { rule: 'too-short', reason: `${count} words; a ${note.category ?? 'note'} usually needs at least ${needed}.`, evidence: [String(count)] };
  },
};
