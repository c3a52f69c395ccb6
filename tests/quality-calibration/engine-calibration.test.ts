/**
 * The quality engine against the hand-labelled calibration set: precision and recall per flag,
 * printed as a table, and a failure if any flag falls below 0.85 on either (issue 4).
 */
import { describe, expect, it } from 'vitest';
import { assessNotes } from '../../src/quality/engine';
import type { QualityNote } from '../../src/quality/rule';
import { CALIBRATION_NOTES, FLAG_IDS } from './index';

const BAR = 0.85;

describe('quality engine calibration', () => {
  it(`reaches ${BAR} precision and recall on every flag`, () => {
    const notes: QualityNote[] = CALIBRATION_NOTES.map((n) => ({
      key: n.id,
      // Residents are named per setting, so keep settings apart.
      residentKey: `${n.setting}:${n.resident}`,
      text: n.text,
      careAt: n.careAt ? Date.parse(n.careAt) : undefined,
      writtenAt: Date.parse(n.writtenAt),
      authorName: n.author ?? undefined,
      authorRole: n.role ?? undefined,
      category: n.category,
    }));
    const results = assessNotes(notes);
    const rows = FLAG_IDS.map((flag) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const misses: string[] = [];
      results.forEach((r, i) => {
        const expected = CALIBRATION_NOTES[i]!.flags.includes(flag);
        const got = r.flags.some((f) => f.rule === flag);
        if (expected && got) tp++;
        else if (got) {
          fp++;
          misses.push(`FP ${CALIBRATION_NOTES[i]!.id}`);
        } else if (expected) {
          fn++;
          misses.push(`FN ${CALIBRATION_NOTES[i]!.id}`);
        }
      });
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp + fn ? tp / (tp + fn) : 1;
      return { flag, positives: tp + fn, tp, fp, fn, precision, recall, misses };
    });
    console.log(`\nCalibration set: ${CALIBRATION_NOTES.length} notes`);
    console.table(rows.map(({ misses, precision, recall, ...r }) => ({ ...r, precision: precision.toFixed(3), recall: recall.toFixed(3) })));
    for (const r of rows) {
      if (r.precision < BAR || r.recall < BAR) console.log(`${r.flag}: ${r.misses.slice(0, 12).join(', ')}`);
    }
    expect(rows.filter((r) => r.precision < BAR || r.recall < BAR).map((r) => r.flag)).toEqual([]);
  });
});
