import { DEFAULT_QUALITY_CONFIG, type QualityConfig } from '../config';
import type { Rule } from '../rule';
import { words } from '../terms';

const splitCache = new WeakMap<readonly string[], Map<string, string[][]>>();
/** A lexicon's phrases as word lists by first word, longest first (worked out once per lexicon). */
function splitPhrases(phrases: readonly string[]): Map<string, string[][]> {
  let byFirst = splitCache.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of [...phrases].map((x) => words(x)).sort((a, b) => b.length - a.length)) {
      if (p.length) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
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

/**
 * Share of the note's meaningful words covered by stock phrases, and the phrases found. Fillers
 * ("today", "at this time") and names do not count either way, so "Harold had a good day today"
 * is as vague as "Good day".
 */
export function stockPhraseShare(text: string, phrases: readonly string[], fillers: readonly string[] = []): { share: number; found: string[] } {
  const ws = words(text);
  if (ws.length === 0) return { share: 0, found: [] };
  const byFirst = splitPhrases(phrases);
  const fillerSet = asSet(fillers);
  const names = namesIn(text);
  let covered = 0;
  let counted = 0;
  const found: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const hit = byFirst.get(ws[i]!)?.find((p) => p.every((w, k) => ws[i + k] === w));
    if (hit) {
      covered += hit.length;
      counted += hit.length;
      found.push(hit.join(' '));
      i += hit.length;
    } else {
      if (!fillerSet.has(ws[i]!) && !names.has(ws[i]!)) counted += 1;
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
