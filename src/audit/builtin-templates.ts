import { AuditTemplateSchema, type AuditTemplate } from '../model/audit';

/**
 * The two audits most homes run, ready to start. The questions follow what an inspector asks of
 * a record (DOMAIN.md: "What makes a daily note good or weak"); the guidance is written for the
 * care worker whose note is audited, so a "no" can be explained in one sentence.
 *
 * `hintRules` put the engine's automatic flags beside a question as hints; the auditor still
 * answers every question by reading the record.
 */
export const DAILY_NOTES_AUDIT: AuditTemplate = AuditTemplateSchema.parse({
  id: 'builtin-daily-notes',
  version: 1,
  name: 'Daily notes audit',
  recordType: 'note',
  builtIn: true,
  criteria: [
    {
      id: 'accurate',
      kind: 'ynpn',
      text: 'Is the note accurate?',
      guidance: 'It matches what the care plan, charts and other records say happened, with the right person, date and time.',
    },
    {
      id: 'specific',
      kind: 'ynpn',
      text: 'Is it specific and observable?',
      guidance: 'It says what happened, when, and what the person said or chose, not stock phrases like "settled" or "all fine", and not words copied from earlier notes.',
      hintRules: ['vague', 'too-short', 'copied-forward'],
    },
    {
      id: 'person-centred',
      kind: 'ynpn',
      text: 'Is it about the person, not just the task?',
      guidance: 'It shows the choices offered, the person\u2019s own words, their mood or wellbeing, not only the tasks done.',
      hintRules: ['task-not-person'],
    },
    {
      id: 'outcome',
      kind: 'ynpn',
      text: 'Is the outcome recorded?',
      guidance: 'It says how the person responded or what changed after the care, not only what was done.',
      hintRules: ['no-outcome'],
    },
    {
      id: 'concerns-followed-up',
      kind: 'ynpn',
      text: 'Are concerns followed up?',
      guidance: 'Where something was wrong, it says who was told and what happens next. Answer "not applicable" if there was no concern.',
      hintRules: ['concern-without-follow-up'],
    },
    {
      id: 'contemporaneous',
      kind: 'ynpn',
      text: 'Was it written at the time?',
      guidance: 'It was written during or soon after the care, not hours later or at the end of the shift from memory.',
      hintRules: ['late-entry'],
    },
    {
      id: 'attributed',
      kind: 'ynpn',
      text: 'Does it say who wrote it and when?',
      guidance: 'The author\u2019s name and role, and the date and time of the care, are there.',
      hintRules: ['missing-attribution'],
    },
  ],
});

export const CARE_PLAN_AUDIT: AuditTemplate = AuditTemplateSchema.parse({
  id: 'builtin-care-plan',
  version: 1,
  name: 'Care plan audit',
  recordType: 'carePlanSection',
  builtIn: true,
  criteria: [
    {
      id: 'current',
      kind: 'ynpn',
      text: 'Is this section current?',
      guidance: 'It describes the person\u2019s needs and the care they get today, not as they were months ago.',
    },
    {
      id: 'reviewed-on-time',
      kind: 'ynpn',
      text: 'Was it reviewed on time?',
      guidance: 'The last review is within the home\u2019s review interval for this section, and the next review date is set.',
    },
    {
      id: 'reflects-changes',
      kind: 'ynpn',
      text: 'Does it reflect recent changes in need?',
      guidance: 'Any change in need (a fall, weight loss, new medication, a hospital stay) is written in promptly. Answer "not applicable" if nothing changed.',
    },
    {
      id: 'consistent-with-notes',
      kind: 'ynpn',
      text: 'Is it consistent with the daily notes?',
      guidance: 'The care described in recent daily notes is the care this section plans; nothing in the notes is missing from it.',
    },
  ],
});

export const BUILTIN_AUDIT_TEMPLATES: readonly AuditTemplate[] = [DAILY_NOTES_AUDIT, CARE_PLAN_AUDIT];
