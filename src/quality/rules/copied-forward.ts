import type { Rule } from '../rule';

export const copiedForward: Rule = {
  id: 'copied-forward',
  explanation:
    'Part of this note is word for word an earlier note about the same person. Copied notes hide what really happened today: write what you saw.',
  check(note, { copies, config }) {
    const since = (note.careAt ?? note.writtenAt ?? Infinity) - config.copyLookbackDays * 86_400_000;
    const match = copies.find(note.residentKey, note.key, note.text, note.authorName, since);
    if (!match) return undefined;
    const who = match.sameAuthor ? 'by the same author' : 'by someone else';
    const reason =
      match.kind === 'run'
        ? `Repeats "${match.evidence}" from an earlier note ${who}.`
        : `Nearly the same as an earlier note ${who} (${match.evidence}).`;
    return { rule: 'copied-forward', reason, evidence: [match.evidence], source: { key: match.key, sameAuthor: match.sameAuthor } };
  },
};
