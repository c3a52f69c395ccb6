import { z } from 'zod';

const hour = z.number({ error: 'Enter an hour from 0 to 23.' }).int('Enter a whole hour, from 0 to 23.').min(0, 'Enter an hour from 0 to 23.').max(23, 'Enter an hour from 0 to 23.');

/**
 * The hours (London time) the day and night shifts start. The night runs past midnight, so the day
 * must start first: 07:00 and 19:00, or 08:00 and 20:00, or 08:00 and 22:00 for a late shift folded in.
 */
export const ShiftBoundariesSchema = z
  .object({ dayStartsAt: hour, nightStartsAt: hour })
  .refine((s) => s.dayStartsAt < s.nightStartsAt, { message: 'The day shift must start before the night shift (the night runs past midnight).', path: ['nightStartsAt'] });
export type ShiftBoundaries = z.infer<typeof ShiftBoundariesSchema>;

export const DEFAULT_SHIFTS: ShiftBoundaries = { dayStartsAt: 8, nightStartsAt: 20 };
