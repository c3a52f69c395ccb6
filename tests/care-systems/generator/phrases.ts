/**
 * Stock phrases and vague notes. THE VAGUE CONTRACT (a quality rule elsewhere is tested against
 * our `truth.vague` labels): a vague note is 1-3 of these exact phrases, each optionally ending
 * in "." or ",", separated by single spaces, and nothing else.
 */
import type { Rng } from './prng';
import type { NoteCategory } from './types';

export const STOCK_PHRASES = [
  'All fine',
  'Settled',
  'No concerns',
  'Good day',
  'Care given as per care plan',
  'Nothing to report',
  'No issues',
  'Slept well',
  'Ate well',
  'Had a good day',
  'Resident settled',
  'No problems',
  'Fine',
  'Comfortable',
] as const;

/** Every lower-case word that appears in a stock phrase ("a", "as", "day", "care", ...). */
export const STOCK_WORDS: ReadonlySet<string> = new Set(
  STOCK_PHRASES.flatMap((p) => p.toLowerCase().split(' ')),
);

/** Matches exactly a vague note under the contract. */
const phraseAlternation = [...STOCK_PHRASES]
  .sort((a, b) => b.length - a.length) // longest first, so "Had a good day" wins over "Good day"
  .join('|');
export const VAGUE_NOTE_PATTERN = new RegExp(`^(?:${phraseAlternation})[.,]?(?: (?:${phraseAlternation})[.,]?){0,2}$`);

/** Words of a text (letters, digits, apostrophes), lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** How many words of a text are not stock-phrase words (a specific note needs >= 12). */
export function nonStockWordCount(text: string): number {
  return wordsOf(text).filter((w) => !STOCK_WORDS.has(w)).length;
}

/** The phrases a tired carer reaches for first, by category: realism, not part of the contract. */
const FAVOURITES: Record<NoteCategory, readonly string[]> = {
  'Personal care': ['Care given as per care plan', 'All fine', 'No concerns', 'No issues', 'Fine'],
  Nutrition: ['Ate well', 'No concerns', 'All fine', 'No issues', 'Fine'],
  'Mood and wellbeing': ['Settled', 'Good day', 'Had a good day', 'Resident settled', 'No concerns'],
  Activities: ['Good day', 'Had a good day', 'Settled', 'No concerns', 'All fine'],
  'Night check': ['Slept well', 'Settled', 'Comfortable', 'Resident settled', 'Nothing to report'],
  Medication: ['No issues', 'No problems', 'Nothing to report', 'Fine', 'All fine'],
  'Skin integrity': ['No concerns', 'Comfortable', 'No issues', 'Care given as per care plan', 'Nothing to report'],
};

export function pickStockPhrase(rng: Rng, category: NoteCategory): string {
  return rng.chance(0.7) ? rng.pick(FAVOURITES[category]) : rng.pick(STOCK_PHRASES);
}

/** A vague note: 1-3 distinct stock phrases, e.g. "Settled. No concerns." */
export function vagueText(rng: Rng, category: NoteCategory): string {
  const r = rng.next();
  const count = r < 0.35 ? 1 : r < 0.8 ? 2 : 3;
  const chosen: string[] = [pickStockPhrase(rng, category)];
  while (chosen.length < count) {
    const p = rng.pick(STOCK_PHRASES);
    // Skip repeats and overlaps ("Good day. Had a good day.") that no carer would write.
    const overlaps = chosen.some((c) => c.toLowerCase().includes(p.toLowerCase()) || p.toLowerCase().includes(c.toLowerCase()));
    if (!overlaps) chosen.push(p);
  }
  return chosen
    .map((p, i) => {
      const last = i === chosen.length - 1;
      const end = last ? (rng.chance(0.75) ? '.' : '') : rng.chance(0.8) ? '.' : ',';
      return p + end;
    })
    .join(' ');
}
