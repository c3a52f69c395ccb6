import type { Rule } from '../rule';
import { findTerms, isNegated } from '../terms';

/** "47.3kg, down from 49.0kg" or "61.2kg. He was 64kg": a weight now below an earlier one. */
function weightDropped(text: string): boolean {
  if (!text.includes('kg')) return false;
  const kg = [...text.matchAll(/(\d+(?:\.\d+)?)\s?kg/g)].map((m) => Number(m[1]));
  return kg.length >= 2 && kg.slice(1).some((earlier) => earlier - kg[0]! >= 1);
}

export const concernWithoutFollowUp: Rule = {
  id: 'concern-without-follow-up',
  explanation:
    'The note mentions a concern (pain, a fall, a refusal, weight loss, distress, skin damage) but not what was done or who was told. Record the action and who you told.',
  check(note, { config }) {
    const text = note.text.toLowerCase();
    const concerns = findTerms(text, config.lexicons.concerns).filter((term) => {
      const at = text.indexOf(term);
      return at >= 0 && !isNegated(text, at);
    });
    if (weightDropped(text)) concerns.push('a lower weight');
    if (!concerns.length || findTerms(text, config.lexicons.followUps).length) return undefined;
    return { rule: 'concern-without-follow-up', reason: `Mentions ${concerns.slice(0, 3).join(', ')} with no action or who was told.`, evidence: concerns };
  },
};
