import { validAnswer, type AuditAnswer, type AuditCriterion, type AuditTemplate } from '@/src/model/audit';
import type { CarePlanSection } from '@/src/model/care-plan-section';
import type { Note } from '@/src/model/note';
import { FLAG_HELP } from '@/src/help/flag-help';
import { RULE_LABELS } from '@/src/model/quality-flag';
import { Help } from '@/src/ui/Help';

const CHOICES = [
  ['yes', 'Yes'],
  ['partly', 'Partly'],
  ['no', 'No'],
  ['na', 'Not applicable'],
] as const;

interface Props {
  template: AuditTemplate;
  record: Note | CarePlanSection;
  answers: readonly AuditAnswer[];
  onAnswer: (criterion: AuditCriterion, value: AuditAnswer['value']) => void;
}

const isNote = (r: Note | CarePlanSection): r is Note => 'text' in r;
const day = (ms?: number) => (ms === undefined ? '–' : new Date(ms).toLocaleDateString('en-GB', { timeZone: 'Europe/London' }));

/**
 * One sampled record and the checklist beside it. The quality engine's flags are shown as hints
 * under the questions they bear on; they never fill in an answer.
 */
export function AuditRecord({ template, record, answers, onAnswer }: Props) {
  const flags = isNote(record) ? record.quality.flags : [];
  return (
    <div data-testid="audit-record">
      {isNote(record) ? (
        <blockquote class="note-text" data-testid="audit-record-text">
          {record.text}
        </blockquote>
      ) : (
        <p class="note-text" data-testid="audit-record-text">
          {record.section}: last updated {day(record.lastUpdated)}, review due {day(record.reviewDue)}
          {record.changeInNeed !== undefined && `, change in need ${day(record.changeInNeed)}`}
        </p>
      )}
      {template.criteria.map((c) => {
        const given = answers.find((a) => a.criterionId === c.id)?.value;
        const hints = flags.filter((f) => c.hintRules?.includes(f.rule));
        return (
          <fieldset key={c.id} class="verdict" data-criterion={c.id}>
            <legend>
              <strong>{c.text}</strong>
            </legend>
            <p class="muted small" style="flex-basis:100%;margin:0">
              {c.guidance}
            </p>
            {hints.length > 0 && (
              <p class="small hint" style="flex-basis:100%;margin:0" data-testid="audit-hint">
                Hint (not an answer): Record Lens flagged {hints.map((h) => `${RULE_LABELS[h.rule]}: ${h.reason}`).join(' ')}
              </p>
            )}
            {hints.length > 0 && (
              <Help label="About this hint" parts={hints.map((h) => ({ title: RULE_LABELS[h.rule], ...FLAG_HELP[h.rule] }))} />
            )}
            {c.kind === 'ynpn' ? (
              CHOICES.map(([v, label]) => (
                <label key={v} class="inline">
                  <input type="radio" name={`answer-${c.id}`} checked={given === v} onChange={() => onAnswer(c, v)} />
                  {label}
                </label>
              ))
            ) : (
              <label class="inline">
                Score ({c.min} to {c.max})
                <input
                  type="number"
                  min={c.min}
                  max={c.max}
                  value={typeof given === 'number' ? given : ''}
                  onChange={(e) => {
                    const v = Number((e.currentTarget as HTMLInputElement).value);
                    if (validAnswer(c, v)) onAnswer(c, v);
                  }}
                />
              </label>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
