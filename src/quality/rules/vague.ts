import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from '../config';
import type { Rule } from '../rule';
import { noteWords, words } from '../terms';

/** One stock phrase as words, and as the text reported when it is found. */
interface Phrase {
  words: readonly string[];
  text: string;
}
const splitCache = new WeakMap<readonly string[], Map<string, Phrase[]>>();
/** A lexicon's phrases as word lists by first word, longest first (worked out once per lexicon). */
function splitPhrases(phrases: readonly string[]): Map<string, Phrase[]> {
  let byFirst = splitCache.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of [...phrases].map((x) => words(x)).sort((a, b) => b.length - a.length)) {
      if (p.length) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), { words: p, text: p.join(' ') }]);
    }
    splitCache.set(phrases, byFirst);
  }
  return byFirst;
}

const setCache = new WeakMap<readonly string[], Set<string>>();
const asSet = (xs: readonly string[]) => setCache.get(xs) ?? setCache.set(xs, new Set(xs)).get(xs)!;

/** Capitalised words inside a sentence: names of people and places, neutral for vagueness. */
const namesIn = (text: string): Set<string> =>
  new Set([...text.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]+)\b/g)].map((m) => m[1]!.toLowerCase()));

/** The first (so longest) of these phrases that the words spell out from `at`. */
function longestAt(candidates: readonly Phrase[] | undefined, ws: readonly string[], at: number): Phrase | undefined {
  if (!candidates) return undefined;
  for (const p of candidates) {
    let k = 1;
    while (k < p.words.length && ws[at + k] === p.words[k]) k++;
    if (k === p.words.length) return p;
  }
  return undefined;
}

/**
 * Share of the note's meaningful words covered by stock phrases, and the phrases found. Fillers
 * ("today", "at this time") and names do not count either way, so "Harold had a good day today"
 * is as vague as "Good day".
 */
export function stockPhraseShare(text: string, phrases: readonly string[], fillers: readonly string[] = []): { share: number; found: string[] } {
  const ws = noteWords(text);
  if (ws.length === 0) return { share: 0, found: [] };
  const byFirst = splitPhrases(phrases);
  const fillerSet = asSet(fillers);
  let names: Set<string> | undefined;
  let covered = 0;
  let counted = 0;
  const found: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const w = ws[i]!;
    const hit = longestAt(byFirst.get(w), ws, i);
    if (hit) {
      covered += hit.words.length;
      counted += hit.words.length;
      found.push(hit.text);
      i += hit.words.length;
    } else {
      // Names are only worked out for the first word that needs them.
      if (!fillerSet.has(w) && !(names ??= namesIn(text)).has(w)) counted += 1;
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
