/**
 * The home's own monthly notes audit, as a care system keeps it: once a month (two weeks into each
 * month of the story), a deputy answers five questions per unit. The chance of "Met" follows the story's
 * specific-notes rate (1 - vague) for that unit and time, so the form improves with the notes.
 */
import { STORY, type StoryDates, type Unit } from '../story';
import { londonAddDays, londonAddMonths } from '../london-time';
import { measureAt } from './curves';
import { createRng, deriveSeed } from './prng';

export const AUDIT_FORM_QUESTIONS = [
  'Notes are specific',
  "The person's own words or choices are recorded",
  'Outcome recorded',
  'Concerns followed up',
  'Entries signed with name and role',
] as const;

export interface AuditFormAnswer {
  at: number;
  unit: Unit;
  question: string;
  answer: 'Met' | 'Partly met' | 'Not met' | 'N/A';
}

export function generateAuditForms(seed: number, d: StoryDates): AuditFormAnswer[] {
  const rng = createRng(deriveSeed(seed, 'audit-forms'));
  const out: AuditFormAnswer[] = [];
  for (let m = 0; m < STORY.monthsOfHistory; m++) {
    // Whole London days from the month's start, then 10:30 that morning.
    const monthStart = londonAddMonths(d.start, m);
    const at = londonAddDays(monthStart, 14) + 10.5 * 3600_000;
    if (at > d.now) break;
    for (const unit of STORY.units) {
      const good = 1 - measureAt(STORY.vague, unit, at, d);
      for (const question of AUDIT_FORM_QUESTIONS) {
        const r = rng.next();
        const answer = r < 0.04 ? 'N/A' : r < 0.04 + 0.96 * good ? 'Met' : rng.chance(0.5) ? 'Partly met' : 'Not met';
        out.push({ at, unit, question, answer });
      }
    }
  }
  return out;
}
