import { z } from 'zod';
import { RuleIdSchema } from './quality-flag';
import { SampleJudgementSchema } from './sample';
import { DayKeySchema } from './settings';

const label = (what: string) => z.string().trim().min(1, `Say which ${what}.`).max(120);

/**
 * Who was coached: one author (as the care system names them on notes), or a group picked by
 * role, unit and/or shift, so a programme for "night staff on Cedar" is one event, not twenty.
 */
export const CoachedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('author'), authorName: label('member of staff') }),
  z
    .object({
      kind: z.literal('group'),
      role: label('role').optional(),
      unit: label('unit').optional(),
      shift: z.enum(['day', 'night']).optional(),
    })
    .refine((g) => g.role || g.unit || g.shift, { message: 'Pick the group by role, unit or shift (at least one).' }),
]);
export type Coached = z.infer<typeof CoachedSchema>;

export const FOLLOW_UP_DEFAULT = 10;

/**
 * A coaching or supervision session: when, who, what it was about (quality rules), a short note,
 * and the follow-up checks of the coached staff's next notes. Checks are judgements in the same
 * agree/disagree form as deputy sampling, so a check means the same wherever it was made.
 */
export const CoachingEventSchema = z.object({
  id: z.number().int().optional(),
  day: DayKeySchema,
  coached: CoachedSchema,
  focus: z.array(RuleIdSchema).min(1, 'Choose at least one thing the coaching was about.'),
  note: z.string().trim().max(500, 'Keep the note under 500 characters.').optional(),
  followUpSize: z.number().int().min(1, 'Check at least 1 note.').max(50, 'Check at most 50 notes.').default(FOLLOW_UP_DEFAULT),
  checks: z.array(SampleJudgementSchema).default([]),
  recordedAt: z.number().int(),
});
export type CoachingEvent = z.infer<typeof CoachingEventSchema>;
