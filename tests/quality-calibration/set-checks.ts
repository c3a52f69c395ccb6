/**
 * Measuring helpers used by calibration-set.test.ts to check that the SET is self-consistent.
 * They are deliberately simple and are not a quality engine: they only check the structural
 * labels (length, copy, lateness, attribution) and the bookkeeping of the set.
 */
import type { CalibrationNote, Category, FlagId } from './types';

/** Minimum words a care worker needs for each category; fewer is too-short. */
export const MIN_WORDS: Readonly<Record<Category, number>> = {
  'Personal care': 12,
  Nutrition: 8,
  'Mood and wellbeing': 10,
  'Night check': 5,
  Medication: 8,
  Activities: 8,
  'Skin integrity': 8,
  Falls: 8,
  Continence: 8,
  Behaviour: 8,
};

/** Whitespace-separated tokens that contain a letter or digit ("14:05" is one word). */
export function wordsBySpace(text: string): string[] {
  return text.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t));
}

/** Runs of letters and digits ("14:05" is two words, "didn't" is two). */
export function wordsByRun(text: string): string[] {
  return text.match(/[A-Za-z0-9]+/g) ?? [];
}

/** Lower-cased words for copy detection, punctuation removed ("didn't" → "didnt", "14:05" → "1405"). */
export function copyWordsStripped(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Lower-cased words for copy detection, punctuation turned into spaces ("14:05" → "14", "05"). */
export function copyWordsSpaced(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Length of the longest run of consecutive words the two word lists share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const v = (prev[j - 1] ?? 0) + 1;
        cur[j] = v;
        if (v > best) best = v;
      }
    }
    prev = cur;
  }
  return best;
}

/** Shared run under both tokenisations: [smaller, larger]. */
export function sharedRunBothWays(a: string, b: string): [number, number] {
  const x = longestSharedRun(copyWordsStripped(a), copyWordsStripped(b));
  const y = longestSharedRun(copyWordsSpaced(a), copyWordsSpaced(b));
  return [Math.min(x, y), Math.max(x, y)];
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

export function isIsoWithOffset(s: string): boolean {
  return ISO_WITH_OFFSET.test(s) && !Number.isNaN(Date.parse(s));
}

const londonWallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** True when the wall-clock part of the string is what a London clock showed at that instant. */
export function hasLondonOffset(s: string): boolean {
  const parts = Object.fromEntries(londonWallClock.formatToParts(new Date(s)).map((p) => [p.type, p.value]));
  const wall = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  return wall === s.slice(0, 19);
}

/** Real elapsed minutes from care to writing (offsets honoured, so clock changes count correctly). */
export function delayMinutes(note: CalibrationNote): number | null {
  if (note.careAt === null) return null;
  return (Date.parse(note.writtenAt) - Date.parse(note.careAt)) / 60_000;
}

/** Minutes between the two wall clocks, ignoring offsets (what a naive reader would compute). */
export function wallClockDelayMinutes(note: CalibrationNote): number | null {
  if (note.careAt === null) return null;
  const wall = (s: string) => Date.parse(`${s.slice(0, 19)}Z`);
  return (wall(note.writtenAt) - wall(note.careAt)) / 60_000;
}

export function hasFlag(note: CalibrationNote, flag: FlagId): boolean {
  return note.flags.includes(flag);
}

export function isNearMiss(note: CalibrationNote, flag: FlagId): boolean {
  return note.nearMiss?.includes(flag) ?? false;
}
