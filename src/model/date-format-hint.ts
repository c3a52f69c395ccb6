import { z } from 'zod';

/**
 * How a recipe tells the date parser what a care system's dates look like. `auto` tries every
 * unambiguous UK form; a narrower hint rejects anything else, so a page that changes its date
 * format shows up as extraction problems instead of silently wrong dates.
 */
export const DateFormatHintSchema = z.enum([
  'auto',
  /** 23/11/2026, 23/11/2026 14:05, 23-11-26 14:05:09 */
  'numeric-dmy',
  /** 23 Nov 2026, Monday 23rd November 2026 at 2:05pm */
  'month-name',
  /** Today 09:12, Yesterday at 21:40, 3 days ago, just now */
  'relative',
  /** 2026-11-23T14:05:00Z, 2026-11-23 14:05 */
  'iso',
]);
export type DateFormatHint = z.infer<typeof DateFormatHintSchema>;
