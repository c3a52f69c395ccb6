import type { Rule } from '../rule';

export const missingAttribution: Rule = {
  id: 'missing-attribution',
  explanation: 'Every note must say who wrote it, their role, and when the care happened.',
  check(note) {
    const missing = [
      !note.authorName && 'who wrote it',
      !note.authorRole && 'their role',
      note.careAt === undefined && 'when the care happened',
    ].filter((m): m is string => !!m);
    if (!missing.length) return undefined;
    return { rule: 'missing-attribution', reason: `The note does not say ${missing.join(', ')}.`, evidence: missing };
  },
};
