/**
 * A hand-labelled synthetic daily note for calibrating the note-quality rules.
 * Labels follow the flag definitions in README.md, never any implementation.
 */
export type FlagId =
  | 'vague'
  | 'too-short'
  | 'copied-forward'
  | 'late-entry'
  | 'no-outcome'
  | 'task-not-person'
  | 'concern-without-follow-up'
  | 'missing-attribution';

export const FLAG_IDS: readonly FlagId[] = [
  'vague',
  'too-short',
  'copied-forward',
  'late-entry',
  'no-outcome',
  'task-not-person',
  'concern-without-follow-up',
  'missing-attribution',
];

export type Setting = 'care-home' | 'nursing-home' | 'home-care' | 'supported-living' | 'dementia-care';

export type Category =
  | 'Personal care'
  | 'Nutrition'
  | 'Mood and wellbeing'
  | 'Activities'
  | 'Night check'
  | 'Medication'
  | 'Skin integrity'
  | 'Falls'
  | 'Continence'
  | 'Behaviour';

export interface CalibrationNote {
  id: string;
  setting: Setting;
  resident: string;
  category: Category;
  author: string | null;
  role: string | null;
  /** When the care happened: ISO 8601 with the Europe/London offset of that moment. */
  careAt: string | null;
  /** When the note was written: ISO 8601 with the Europe/London offset of that moment. */
  writtenAt: string;
  text: string;
  /** The flags a careful, experienced registered manager would raise. Empty = a clean note. */
  flags: readonly FlagId[];
  /** For copied-forward: the earlier note (same resident) the words were copied from. */
  copiedFrom?: string;
  /**
   * Flags this note was written to tempt but must NOT carry (a near-miss for each). Never overlaps `flags`.
   * Not part of the brief's interface; added so the set can count and check its own near-misses.
   */
  nearMiss?: readonly FlagId[];
  /** One short sentence for near-misses and tricky cases. */
  why?: string;
}
