import { STOCK_PHRASES } from './lexicons/stock-phrases';

/** A note is vague when stock phrases make up at least this share of its words. */
export const VAGUE_SHARE = 0.5;

const phrases = [...STOCK_PHRASES]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

export const words = (text: string): string[] =>
  text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Share of the note's words that belong to stock phrases. Measured as a share, not a keyword hit:
 * "Settled after lunch, then asked to phone her daughter..." is not vague.
 */
export function stockPhraseShare(text: string): { share: number; phrases: string[] } {
  const ws = words(text);
  if (ws.length === 0) return { share: 0, phrases: [] };
  let covered = 0;
  const found: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const hit = phrases.find((p) => p.every((w, k) => ws[i + k] === w));
    if (hit) {
      covered += hit.length;
      found.push(hit.join(' '));
      i += hit.length;
    } else i += 1;
  }
  return { share: covered / ws.length, phrases: found };
}

/** The first, simple vague rule; the explainable engine of issue 4 replaces it. */
export function isVague(text: string): boolean {
  return stockPhraseShare(text).share >= VAGUE_SHARE;
}
