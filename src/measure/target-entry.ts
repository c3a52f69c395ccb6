import { z } from 'zod';
import type { Measure } from './measure';

/**
 * How a measure's target is typed in a form and kept: shares are typed as percentages and kept as
 * fractions (like every share in the store); the others as they are shown. Each unit has the range
 * a target can sensibly take, so a typo (800 %, −3 days) is refused in words.
 */
const RANGES: Record<Measure['unit'], { min: number; max: number; words: string; scale: number }> = {
  share: { min: 0, max: 100, words: 'a percentage from 0 to 100', scale: 100 },
  score: { min: 0, max: 100, words: 'a score from 0 to 100', scale: 1 },
  rate: { min: 0, max: 50, words: 'a number from 0 to 50', scale: 1 },
  days: { min: 0, max: 365, words: 'a number of days from 0 to 365', scale: 1 },
  points: { min: 0, max: 100, words: 'a number of points from 0 to 100', scale: 1 },
};

/** The target as it is typed (percent for shares). */
export const shownTarget = (m: Pick<Measure, 'unit' | 'target'>): number => Math.round(m.target * RANGES[m.unit].scale * 100) / 100;

/** A typed target read back into the stored form, or the reason it cannot be. */
export function readTarget(m: Pick<Measure, 'unit' | 'name'>, typed: string): { ok: true; target: number } | { ok: false; error: string } {
  const r = RANGES[m.unit];
  const parsed = z.coerce.number().finite().min(r.min).max(r.max).safeParse(typed.trim() === '' ? NaN : typed);
  if (!parsed.success) return { ok: false, error: `${m.name}: enter ${r.words}.` };
  return { ok: true, target: parsed.data / r.scale };
}

/** The unit shown beside the field. */
export const targetUnit = (m: Pick<Measure, 'unit'>): string => ({ share: '%', score: 'out of 100', rate: 'per resident per day', days: 'days', points: 'points' })[m.unit];
