import { describe, expect, it } from 'vitest';
import {
  NEAR_MISS_TEMPLATES,
  STOCK_PHRASES,
  TEMPLATES,
  VAGUE_NOTE_PATTERN,
  nonStockWordCount,
} from './generator/index';
import { STORY } from './story';
import { testData } from './test-fixtures';

/** The contract, restated independently of the generator's own regex. */
function isOnlyStockPhrases(text: string): boolean {
  // Consume phrases from the left, longest first ("Had a good day" before "Good day").
  let rest = text;
  let count = 0;
  while (rest.length > 0) {
    const phrase = [...STOCK_PHRASES].sort((a, b) => b.length - a.length).find((p) => rest.startsWith(p));
    if (!phrase) return false;
    rest = rest.slice(phrase.length);
    if (rest.startsWith('.') || rest.startsWith(',')) rest = rest.slice(1);
    if (rest.length > 0) {
      if (!rest.startsWith(' ')) return false;
      rest = rest.slice(1);
    }
    count++;
  }
  return count >= 1 && count <= 3;
}

describe('note text: the vague/specific contract', () => {
  it('vague notes are 1-3 stock phrases and nothing else', () => {
    const vague = testData().notes.filter((n) => n.truth.vague);
    expect(vague.length).toBeGreaterThan(20_000);
    const bad = vague.filter((n) => !VAGUE_NOTE_PATTERN.test(n.text) || !isOnlyStockPhrases(n.text));
    expect(bad.slice(0, 5).map((n) => n.text)).toEqual([]);
    // All three lengths occur.
    const counts = new Set(vague.slice(0, 2000).map((n) => n.text.split(/[.,]?\s+/).length));
    expect(counts.size).toBeGreaterThanOrEqual(3);
  });

  it('specific notes have at least 12 non-stock words and never match the vague pattern', () => {
    const specific = testData().notes.filter((n) => !n.truth.vague);
    const bad = specific.filter((n) => nonStockWordCount(n.text) < 12 || VAGUE_NOTE_PATTERN.test(n.text) || /[{}]/.test(n.text));
    expect(bad.slice(0, 5).map((n) => n.text)).toEqual([]);
  });

  it('about a fifth of specific notes start with a stock phrase (near misses)', () => {
    const specific = testData().notes.filter((n) => !n.truth.vague && !n.truth.copiedForward);
    const share = specific.filter((n) => STOCK_PHRASES.some((p) => n.text.startsWith(p))).length / specific.length;
    expect(Math.abs(share - STORY.nearMissProbability)).toBeLessThan(0.05);
  });

  it('names the resident in specific notes and nobody in vague ones', () => {
    const { notes, residents } = testData();
    const byId = new Map(residents.map((r) => [r.id, r]));
    const specific = notes.filter((n) => !n.truth.vague);
    const named = specific.filter((n) => n.text.includes(byId.get(n.residentId)?.firstName ?? '\u0000'));
    expect(named.length / specific.length).toBeGreaterThan(0.9);
    const vagueWithNames = notes.filter((n) => n.truth.vague && residents.some((r) => n.text.includes(r.firstName)));
    expect(vagueWithNames).toEqual([]);
  });

  it('has a good variety of specific templates, each naming the resident', () => {
    const templates = Object.values(TEMPLATES).flat();
    expect(new Set(templates).size).toBeGreaterThanOrEqual(40);
    for (const t of templates) expect(t).toContain('{name}');
    const nearMiss = Object.values(NEAR_MISS_TEMPLATES).flat();
    for (const t of nearMiss) expect(STOCK_PHRASES.some((p) => t.startsWith(p))).toBe(true);
    // Distinct specific texts in the data: copy-forward is meaningful because texts rarely repeat.
    const specific = testData().notes.filter((n) => !n.truth.vague && !n.truth.copiedForward);
    expect(new Set(specific.map((n) => n.text)).size / specific.length).toBeGreaterThan(0.95);
  });

  it('mentions the actual care time in most specific notes (so copies give themselves away)', () => {
    const specific = testData().notes.filter((n) => !n.truth.vague && !n.truth.copiedForward).slice(0, 5000);
    const withTime = specific.filter((n) => {
      const hm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(n.careAt);
      return n.text.includes(hm);
    });
    expect(withTime.length / specific.length).toBeGreaterThan(0.9);
  });
});
