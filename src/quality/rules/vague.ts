import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from '../config';
import type { Rule } from '../rule';
import { words } from '../terms';

const splitCache = new WeakMap<readonly string[], string[][]>();
/** A lexicon's phrases as word lists, longest first (worked out once per lexicon). */
function splitPhrases(phrases: readonly string[]): string[][] {
  let split = splitCache.get(phrases);
  if (!split) splitCache.set(phrases, (split = [...phrases].map((p) => words(p)).sort((a, b) => b.length - a.length)));
  return split;
}

/** Capitalised words inside a sentence: names of people and places, neutral for vagueness. */
const namesIn = (text: string): Set<string> =>
  new Set([...text.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]+)\b/g)].map((m) => m[1]!.toLowerCase()));

/**
 * Share of the note's meaningful words covered by stock phrases, and the phrases found. Fillers
 * ("today", "at this time") and names do not count either way, so "Harold had a good day today"
 * is as vague as "Good day".
 */
export function stockPhraseShare(text: string, phrases: readonly string[], fillers: readonly string[] = []): { share: number; found: string[] } {
  const ws = words(text);
  if (ws.length === 0) return { share: 0, found: [] };
  const split = splitPhrases(phrases);
  const neutral = new Set([...fillers, ...namesIn(text)]);
  let covered = 0;
  let counted = 0;
  const found: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const hit = split.find((p) => p.length > 0 && p.every((w, k) => ws[i + k] === w));
    if (hit) {
      covered += hit.length;
      counted += hit.length;
      found.push(hit.join(' '));
      i += hit.length;
    } else {
      if (!neutral.has(ws[i]!)) counted += 1;
      i += 1;
    }
  }
  return { share: counted ? covered / counted : 0, found };
}

/** The vague test on its own (the demo's story is checked against it). */
export function isVague(text: string, config: QualityConfig = DEFAULT_QUALITY_CONFIG): boolean {
  return stockPhraseShare(text, config.lexicons.stockPhrases, config.lexicons.fillers).share >= config.vagueShare;
}

export const vague: Rule = {
  id: 'vague',
  explanation:
    'The note is mostly stock phrases ("all fine", "settled") that say nothing about what happened. Say what the person did, said or chose, and how they were.',
  check(note, { config }) {
    const { share, found } = stockPhraseShare(note.text, config.lexicons.stockPhrases, config.lexicons.fillers);
    if (share < config.vagueShare) return undefined;
    return { rule: 'vague', reason: `${Math.round(share * 100)}% of this note is stock phrases with nothing specific.`, evidence: found };
  },
};
