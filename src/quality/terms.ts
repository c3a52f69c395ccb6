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

const IRREGULAR = 'swore|spoke|ran|fell|threw|bit|hit|told|gave|left|came|sang|drew|wrote|read|chose|ate|drank|took|held|kept|said|sat|stood|slept|woke|went|got|made|put|found|felt|saw|heard|knew|thought|let|lay|rang|shook|won|lost|began|wore|brought|bought|fed|led|meant|paid|sent|spent|understood';
const AUX = 'was|is|were|seemed|looked|appeared|became|remained|kept';
const ANY_VERB = `(?:then\\s+|also\\s+|just\\s+)?(?:(?:${AUX})\\b|\\w+ed\\b|\\w+ing\\b|(?:${IRREGULAR})\\b)`;
/** A pronoun, or a name inside a sentence, doing something. */
const PRONOUN_OR_NAME_ACTS = new RegExp(`(?:\\b(?:he|she|they)|(?<=[\\p{Ll},;:]\\s)[A-Z][a-z]+)\\s+${ANY_VERB}`, 'u');
/**
 * A capitalised first word is often a task, not a person ("Pad changed", "Cream applied"), so a
 * sentence-opening name only counts with a verb that cannot be a passive task: "Margaret likes",
 * "Frank took", "Stanley was".
 */
const OPENING_NAME_ACTS = new RegExp(`(?:^|[.!?;]\\s+)[A-Z][a-z]+\\s+(?:then\\s+)?(?:(?:${AUX}|${IRREGULAR})\\b|\\w+s\\b)`, 'u');

/**
 * Does the person act or show a state in the note ("she took six teaspoons", "Frank took it
 * himself")? Either shows them as a person and, after a task, an outcome.
 */
export function personActs(text: string): boolean {
  return PRONOUN_OR_NAME_ACTS.test(text) || OPENING_NAME_ACTS.test(text);
}

/** The text with a lexicon's phrases blanked out (stock phrases are no evidence of anything). */
export function without(text: string, terms: readonly string[]): string {
  return text.replace(lexiconPattern(terms), ' ');
}
