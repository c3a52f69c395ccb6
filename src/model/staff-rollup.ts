import { z } from 'zod';
import { RuleIdSchema } from './quality-flag';

/**
 * How many notes one member of staff wrote in one unit, shift and role on one day, with the same
 * set of flags. Coaching follow-up judges sessions from these, so the side panel never reads a
 * year of notes to say whether coached staff got better (DESIGN.md: pre-aggregate on write).
 */
export const StaffCountSchema = z.object({
  /** The author as the care system names them; '' when a note shows none. Encrypted under the lock. */
  author: z.string(),
  role: z.string().optional(),
  unit: z.string().optional(),
  shift: z.enum(['day', 'night']),
  /** The rules that flagged these notes, sorted; empty for notes with no flag. */
  flags: z.array(RuleIdSchema),
  notes: z.number().int().positive(),
});
export type StaffCount = z.infer<typeof StaffCountSchema>;

/**
 * The staff counts of one daily roll-up row (a day, care system, unit, shift, day type and role),
 * under that row's id: the key names nobody, so the lock can encrypt the authors inside it, and a
 * capture rewrites only the small rows its notes fall in, as it does the daily roll-ups.
 */
export const StaffDaySchema = z.object({
  id: z.string().min(1),
  day: z.string(),
  system: z.string(),
  staff: z.array(StaffCountSchema),
});
export type StaffDay = z.infer<typeof StaffDaySchema>;

/** A staff count with its day and care system: what coaching follow-up reads. */
export type StaffFact = StaffCount & Pick<StaffDay, 'day' | 'system'>;
