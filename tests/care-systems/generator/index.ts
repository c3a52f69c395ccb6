/**
 * generateCareData: the one deterministic source of the demo care system's records. Same seed and
 * now give identical data; everything is built in memory (no committed fixtures).
 */
import { STORY, storyDates } from '../story';
import { generateCarePlans } from './care-plans';
import { generateNotes } from './notes';
import { generateResidents, generateStaff } from './people';
import type { CareData } from './types';

export type * from './types';
export { sectionKey } from './care-plans';
export { STOCK_PHRASES, STOCK_WORDS, VAGUE_NOTE_PATTERN, nonStockWordCount, wordsOf } from './phrases';
export { TEMPLATES, NEAR_MISS_TEMPLATES } from './templates';

export function generateCareData(opts: { seed?: number; now?: number } = {}): CareData {
  const seed = opts.seed ?? STORY.seed;
  const now = opts.now ?? Date.now();
  const dates = storyDates(now);
  const residents = generateResidents(seed, dates.start);
  const staff = generateStaff(seed);
  const notes = generateNotes(seed, dates, residents, staff);
  const carePlans = generateCarePlans(seed, dates, residents);
  return { seed, now, residents, staff, notes, carePlans };
}
