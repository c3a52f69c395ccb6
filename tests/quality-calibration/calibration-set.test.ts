/**
 * Checks that the calibration SET is consistent with its own definitions. It tests no engine:
 * the content flags (vague, no-outcome, task-not-person, concern-without-follow-up) are human
 * judgements and are only checked for bookkeeping; the structural flags (too-short,
 * copied-forward, late-entry, missing-attribution) are checked against the data itself.
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATION_NOTES } from './index';
import {
  MIN_WORDS,
  copyWordsSpaced,
  copyWordsStripped,
  delayMinutes,
  hasFlag,
  hasLondonOffset,
  isIsoWithOffset,
  isNearMiss,
  longestSharedRun,
  sharedRunBothWays,
  wallClockDelayMinutes,
  wordsByRun,
  wordsBySpace,
} from './set-checks';
import { FLAG_IDS, type CalibrationNote, type Category, type FlagId, type Setting } from './types';

const NOTES = CALIBRATION_NOTES;
const FOUR_HOURS = 240;
const MIN_POSITIVES = 35;
const MIN_NEAR_MISSES = 25;
const MIN_CLEAN = 80;
const MIN_NOTES = 330;

const SETTINGS: readonly Setting[] = ['care-home', 'nursing-home', 'home-care', 'supported-living', 'dementia-care'];
const CATEGORIES = Object.keys(MIN_WORDS) as Category[];

const byId = new Map(NOTES.map((n) => [n.id, n]));
const indexOf = new Map(NOTES.map((n, i) => [n.id, i]));

/** Notes about the same resident that come before this one (in the array, which is time order). */
function earlierSameResident(note: CalibrationNote): CalibrationNote[] {
  const i = indexOf.get(note.id) ?? 0;
  return NOTES.slice(0, i).filter((m) => m.resident === note.resident);
}

/** Longest shared run with any earlier note of the same resident, under either tokenisation. */
function maxRunWithEarlierSameResident(note: CalibrationNote): { run: number; from?: string } {
  let best = 0;
  let from: string | undefined;
  for (const m of earlierSameResident(note)) {
    const [, hi] = sharedRunBothWays(note.text, m.text);
    if (hi > best) {
      best = hi;
      from = m.id;
    }
  }
  return { run: best, from };
}

function count(flag: FlagId): { positives: number; nearMisses: number } {
  return {
    positives: NOTES.filter((n) => hasFlag(n, flag)).length,
    nearMisses: NOTES.filter((n) => isNearMiss(n, flag)).length,
  };
}

describe('calibration set: size and bookkeeping', () => {
  it(`has at least ${MIN_NOTES} notes with unique ids`, () => {
    expect(NOTES.length).toBeGreaterThanOrEqual(MIN_NOTES);
    expect(new Set(NOTES.map((n) => n.id)).size).toBe(NOTES.length);
    for (const n of NOTES) expect(n.id).toMatch(/^C\d{3}$/);
  });

  it('uses only known flags, settings and categories, with no duplicates', () => {
    for (const n of NOTES) {
      expect(SETTINGS).toContain(n.setting);
      expect(CATEGORIES).toContain(n.category);
      expect(n.text.trim().length).toBeGreaterThan(0);
      for (const f of [...n.flags, ...(n.nearMiss ?? [])]) expect(FLAG_IDS).toContain(f);
      expect(new Set(n.flags).size).toBe(n.flags.length);
      expect(new Set(n.nearMiss ?? []).size).toBe((n.nearMiss ?? []).length);
    }
  });

  it('never marks a flag as both raised and a near-miss, and explains every near-miss', () => {
    for (const n of NOTES) {
      for (const f of n.nearMiss ?? []) expect(n.flags, `${n.id} ${f}`).not.toContain(f);
      if ((n.nearMiss ?? []).length > 0) expect(n.why, n.id).toBeTruthy();
    }
  });

  it.each(FLAG_IDS.map((f) => [f]))(
    `%s has at least ${MIN_POSITIVES} positives and ${MIN_NEAR_MISSES} near-misses`,
    (flag) => {
      const { positives, nearMisses } = count(flag);
      expect(positives).toBeGreaterThanOrEqual(MIN_POSITIVES);
      expect(nearMisses).toBeGreaterThanOrEqual(MIN_NEAR_MISSES);
    },
  );

  it(`has at least ${MIN_CLEAN} clean notes`, () => {
    expect(NOTES.filter((n) => n.flags.length === 0).length).toBeGreaterThanOrEqual(MIN_CLEAN);
  });

  it('covers every setting with clean notes and every flag in every setting', () => {
    for (const s of SETTINGS) {
      const inSetting = NOTES.filter((n) => n.setting === s);
      expect(inSetting.filter((n) => n.flags.length === 0).length, s).toBeGreaterThan(0);
      for (const f of FLAG_IDS) expect(inSetting.some((n) => hasFlag(n, f)), `${s} ${f}`).toBe(true);
    }
  });

  it('covers every category', () => {
    for (const c of CATEGORIES) expect(NOTES.filter((n) => n.category === c).length, c).toBeGreaterThanOrEqual(10);
  });

  it('keeps each resident in one setting', () => {
    const settingOf = new Map<string, Setting>();
    for (const n of NOTES) {
      const s = settingOf.get(n.resident);
      if (s) expect(n.setting, n.id).toBe(s);
      else settingOf.set(n.resident, n.setting);
    }
  });
});

describe('calibration set: times', () => {
  it('has ISO times with an offset that parse and match Europe/London at that moment', () => {
    for (const n of NOTES) {
      for (const t of [n.careAt, n.writtenAt]) {
        if (t === null) continue;
        expect(isIsoWithOffset(t), `${n.id} ${t}`).toBe(true);
        expect(hasLondonOffset(t), `${n.id} ${t}`).toBe(true);
      }
    }
  });

  it('never writes a note before the care happened', () => {
    for (const n of NOTES) {
      const d = delayMinutes(n);
      if (d !== null) expect(d, n.id).toBeGreaterThanOrEqual(0);
    }
  });

  it("keeps each resident's notes in time order (care time and written time)", () => {
    const last = new Map<string, CalibrationNote>();
    for (const n of NOTES) {
      const prev = last.get(n.resident);
      if (prev) {
        expect(Date.parse(n.writtenAt), `${n.id} after ${prev.id}`).toBeGreaterThanOrEqual(Date.parse(prev.writtenAt));
        if (prev.careAt !== null && n.careAt !== null) {
          expect(Date.parse(n.careAt), `${n.id} after ${prev.id}`).toBeGreaterThanOrEqual(Date.parse(prev.careAt));
        }
      }
      last.set(n.resident, n);
    }
  });
});

describe('calibration set: structural labels agree with the data', () => {
  it('late-entry is raised exactly when the note was written more than 4 hours after the care', () => {
    for (const n of NOTES) {
      const d = delayMinutes(n);
      const late = d !== null && d > FOUR_HOURS;
      expect(hasFlag(n, 'late-entry'), `${n.id} delay ${d} min`).toBe(late);
    }
  });

  it('late-entry near-misses are within 3 to 4 hours, or only look late on the clock face', () => {
    for (const n of NOTES.filter((m) => isNearMiss(m, 'late-entry'))) {
      const d = delayMinutes(n);
      const wall = wallClockDelayMinutes(n);
      expect(d, n.id).not.toBeNull();
      expect(d!, n.id).toBeLessThanOrEqual(FOUR_HOURS);
      expect(d! >= 180 || wall! > FOUR_HOURS, n.id).toBe(true);
    }
  });

  it('includes clock-change cases where clock-face arithmetic gives the wrong answer', () => {
    const tricky = NOTES.filter((n) => {
      const d = delayMinutes(n);
      const w = wallClockDelayMinutes(n);
      return d !== null && w !== null && d > FOUR_HOURS !== w > FOUR_HOURS;
    });
    expect(tricky.length).toBeGreaterThanOrEqual(2);
  });

  it('missing-attribution is raised exactly when author, role or care time is empty', () => {
    for (const n of NOTES) {
      const missing = n.author === null || n.role === null || n.careAt === null;
      expect(hasFlag(n, 'missing-attribution'), n.id).toBe(missing);
      if (n.author !== null) expect(n.author.trim().length, n.id).toBeGreaterThan(0);
      if (n.role !== null) expect(n.role.trim().length, n.id).toBeGreaterThan(0);
    }
  });

  it('too-short agrees with the word guide for the category, however words are counted', () => {
    for (const n of NOTES) {
      const min = MIN_WORDS[n.category];
      const bySpace = wordsBySpace(n.text).length;
      const byRun = wordsByRun(n.text).length;
      const label = hasFlag(n, 'too-short');
      expect(bySpace < min, `${n.id}: ${bySpace} words (space) vs ${min}`).toBe(label);
      expect(byRun < min, `${n.id}: ${byRun} words (runs) vs ${min}`).toBe(label);
    }
  });

  it('too-short near-misses sit at or just above the minimum', () => {
    for (const n of NOTES.filter((m) => isNearMiss(m, 'too-short'))) {
      const min = MIN_WORDS[n.category];
      const words = wordsBySpace(n.text).length;
      expect(words, n.id).toBeGreaterThanOrEqual(min);
      expect(words, n.id).toBeLessThanOrEqual(min + 3);
    }
  });
});

describe('calibration set: copied-forward', () => {
  it('gives copiedFrom exactly on copied-forward notes', () => {
    for (const n of NOTES) expect(n.copiedFrom !== undefined, n.id).toBe(hasFlag(n, 'copied-forward'));
  });

  it('copied-forward notes share 10+ consecutive words with an earlier note of the same resident', () => {
    for (const n of NOTES.filter((m) => hasFlag(m, 'copied-forward'))) {
      const src = byId.get(n.copiedFrom ?? '');
      expect(src, `${n.id} copiedFrom`).toBeDefined();
      if (!src) continue;
      expect(src.resident, n.id).toBe(n.resident);
      expect(indexOf.get(src.id)!, n.id).toBeLessThan(indexOf.get(n.id)!);
      expect(Date.parse(src.writtenAt), n.id).toBeLessThan(Date.parse(n.writtenAt));
      // Lower-cased, punctuation stripped; both ways of stripping must agree.
      expect(longestSharedRun(copyWordsStripped(n.text), copyWordsStripped(src.text)), n.id).toBeGreaterThanOrEqual(10);
      expect(longestSharedRun(copyWordsSpaced(n.text), copyWordsSpaced(src.text)), n.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('no unlabelled note shares 10+ consecutive words with an earlier note of the same resident', () => {
    for (const n of NOTES.filter((m) => !hasFlag(m, 'copied-forward'))) {
      const { run, from } = maxRunWithEarlierSameResident(n);
      expect(run, `${n.id} repeats ${run} words of ${from}`).toBeLessThan(10);
    }
  });

  it('copied-forward near-misses repeat 5-9 words of the same resident, or 10+ of another resident', () => {
    for (const n of NOTES.filter((m) => isNearMiss(m, 'copied-forward'))) {
      const i = indexOf.get(n.id)!;
      const sameResident = earlierSameResident(n).some((m) => {
        const [lo, hi] = sharedRunBothWays(n.text, m.text);
        return lo >= 5 && hi <= 9;
      });
      const otherResident = NOTES.slice(0, i).some(
        (m) =>
          m.resident !== n.resident &&
          Date.parse(m.writtenAt) < Date.parse(n.writtenAt) &&
          sharedRunBothWays(n.text, m.text)[0] >= 10,
      );
      expect(sameResident || otherResident, n.id).toBe(true);
    }
  });

  it('includes both kinds of copied-forward near-miss', () => {
    const near = NOTES.filter((m) => isNearMiss(m, 'copied-forward'));
    const crossResident = near.filter((n) =>
      NOTES.some((m) => m.resident !== n.resident && m.id !== n.id && sharedRunBothWays(n.text, m.text)[0] >= 10),
    );
    expect(crossResident.length).toBeGreaterThanOrEqual(3);
    expect(near.length - crossResident.length).toBeGreaterThanOrEqual(15);
  });
});
