import { parseUkDate } from '../extract/dates/parse-uk-date';

/**
 * When a clicked date has words in front of it ("Entered 23/11/2026 14:20", "next review
 * 7 Dec 2026"), the pattern that keeps only the date: the shortest run of leading words whose
 * removal makes the rest readable. Undefined when the text reads as it is, or never does.
 */
export function datePatternFor(text: string, anchor: number): string | undefined {
  if (parseUkDate(text, { anchor }).ok) return undefined;
  const words = text.trim().split(/\s+/);
  for (let i = 1; i < Math.min(words.length, 6); i++) {
    const prefix = words.slice(0, i).join(' ');
    if (/\d/.test(prefix)) return undefined;
    if (parseUkDate(words.slice(i).join(' '), { anchor }).ok) {
      return `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s+(.+)$`;
    }
  }
  return undefined;
}
