/**
 * Template echo: the copy-forward rule flags a note that shares 10 words in a row with an earlier
 * note about the same resident within 14 days. In the demo data only deliberate copies
 * (truth.copiedForward) should do that, or the story (copy-forward falling from 20% to 4%) is
 * lost under notes that merely reuse a template. Restated here independently of src/.
 */
import { describe, expect, it } from 'vitest';
import { testData } from './test-fixtures';

const RUN = 10;
const WINDOW_MS = 14 * 86_400_000;
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

describe('template echo: shared 10-word runs within 14 days come (almost) only from copies', () => {
  it('the 10-word-run rule finds the copied-forward notes with precision and recall >= 0.95', () => {
    const notes = [...testData().notes].sort((a, b) => a.careAt - b.careAt);
    // Per resident: run text -> care time of the latest earlier note holding it (notes come in
    // care-time order, so the latest is the one that decides whether a run is within 14 days).
    const seen = new Map<string, Map<string, number>>();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let considered = 0;
    const falsePositives: string[] = [];
    for (const note of notes) {
      const words = wordsOf(note.text);
      if (words.length < RUN) continue;
      considered++;
      let runs = seen.get(note.residentId);
      if (!runs) seen.set(note.residentId, (runs = new Map()));
      const mine = new Set<string>();
      for (let i = 0; i + RUN <= words.length; i++) mine.add(words.slice(i, i + RUN).join(' '));
      let flagged = false;
      for (const run of mine) {
        const t = runs.get(run);
        if (t !== undefined && t < note.careAt && note.careAt - t <= WINDOW_MS) {
          flagged = true;
          break;
        }
      }
      if (flagged && note.truth.copiedForward) tp++;
      else if (flagged) {
        fp++;
        if (falsePositives.length < 5) falsePositives.push(note.text);
      } else if (note.truth.copiedForward) fn++;
      for (const run of mine) runs.set(run, note.careAt);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `template echo: ${considered} notes of 10+ words, ${tp + fn} copied forward; ` +
        `rule flags ${tp + fp} (true ${tp}, false ${fp}, missed ${fn}): ` +
        `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
    );
    if (fp > 0) console.log(`first false positives:\n  ${falsePositives.join('\n  ')}`);
    expect(tp + fn).toBeGreaterThan(5000);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
