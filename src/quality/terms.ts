/** Lower-case words of a note (letters, digits, apostrophes), the unit every rule counts in. */
export const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

let lastText: string | undefined;
let lastWords: readonly string[] = [];
/**
 * `words`, remembering the last text: every rule asks for the same note's words in turn, so the
 * note is split once. Shared, hence read-only.
 */
export function noteWords(text: string): readonly string[] {
  if (text !== lastText) {
    lastWords = words(text);
    lastText = text;
  }
  return lastWords;
}

/** A lexicon's pattern and the last text it was run on (rules ask the same question of one note in turn). */
interface Lexicon {
  re: RegExp;
  findText?: string;
  found: readonly string[];
  withoutText?: string;
  without: string;
}
const cache = new WeakMap<readonly string[], Lexicon>();

/** One regular expression per lexicon (cached), matching whole words and phrases. */
function lexicon(terms: readonly string[]): Lexicon {
  let lex = cache.get(terms);
  if (!lex) {
    const alternatives = [...terms]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(terms, (lex = { re, found: [], without: '' }));
  }
  lex.re.lastIndex = 0;
  return lex;
}

/** The lexicon terms found in a text, in order, in lower case. */
export function findTerms(text: string, terms: readonly string[]): string[] {
  const lex = lexicon(terms);
  if (lex.findText !== text) {
    const found: string[] = [];
    const { re } = lex;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[0].toLowerCase());
    lex.found = found;
    lex.findText = text;
  }
  return lex.found.slice();
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

let actsText: string | undefined;
let acts = false;
/**
 * Does the person act or show a state in the note ("she took six teaspoons", "Frank took it
 * himself")? Either shows them as a person and, after a task, an outcome. (The last answer is
 * kept: two rules ask it of the same text in turn.)
 */
export function personActs(text: string): boolean {
  if (text !== actsText) {
    acts = PRONOUN_OR_NAME_ACTS.test(text) || OPENING_NAME_ACTS.test(text);
    actsText = text;
  }
  return acts;
}

/** The text with a lexicon's phrases blanked out (stock phrases are no evidence of anything). */
export function without(text: string, terms: readonly string[]): string {
  const lex = lexicon(terms);
  if (lex.withoutText !== text) {
    lex.without = text.replace(lex.re, ' ');
    lex.withoutText = text;
  }
  return lex.without;
}
