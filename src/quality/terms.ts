/** Lower-case words of a note (letters, digits, apostrophes), the unit every rule counts in. */
export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

const cache = new WeakMap<readonly string[], RegExp>();

/** One regular expression per lexicon (cached), matching whole words and phrases. */
function lexiconPattern(terms: readonly string[]): RegExp {
  let re = cache.get(terms);
  if (!re) {
    const alternatives = [...terms]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(terms, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The lexicon terms found in a text, in order, in lower case. */
export function findTerms(text: string, terms: readonly string[]): string[] {
  const found: string[] = [];
  const re = lexiconPattern(terms);
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[0].toLowerCase());
  return found;
}

/** Negated mentions ("no pain", "denies pain", "not in pain") do not count as the concern. */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 20), index).toLowerCase();
  return /\b(no|not|denies|denied|without|free of|nil)\s+(\w+\s+)?$/.test(before);
}
