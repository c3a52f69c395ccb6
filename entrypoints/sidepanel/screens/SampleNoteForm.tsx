import { useEffect, useRef, useState } from 'preact/hooks';
import { FLAG_HELP } from '@/src/help/flag-help';
import { Help } from '@/src/ui/Help';
import { RULE_IDS, RULE_LABELS, type RuleId } from '@/src/model/quality-flag';
import type { Note } from '@/src/model/note';
import type { SampleJudgement, Verdict } from '@/src/model/sample';
import type { JudgementInput } from '@/src/sampling/judgement';

interface Props {
  note: Note;
  previous?: SampleJudgement;
  /** Shown at the top of the form when a save was refused. */
  error?: string;
  last: boolean;
  onSave: (input: JudgementInput) => void;
  onBack?: () => void;
  /** Offered on a flagged note: start a coaching session for its author on its flags. */
  onCoach?: () => void;
}

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * One sampled note beside the engine's flags: agree or disagree with each, tick any the
 * engine missed. The note's text is shown as text only (it is page content).
 */
export function SampleNoteForm({ note, previous, error, last, onSave, onBack, onCoach }: Props) {
  const [verdicts, setVerdicts] = useState<Partial<Record<RuleId, Verdict>>>(previous?.verdicts ?? {});
  const [added, setAdded] = useState<RuleId[]>(previous?.added ?? []);
  const [comment, setComment] = useState(previous?.comment ?? '');
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);
  const flagged = new Set(note.quality.flags.map((f) => f.rule));
  const others = RULE_IDS.filter((r) => !flagged.has(r));
  const who = [note.authorName, note.authorRole].filter(Boolean).join(', ') || 'no author shown';

  return (
    <form
      class="sample-note"
      data-testid="sample-note"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ verdicts, added, comment });
      }}
    >
      {error && (
        <p role="alert" class="error" tabIndex={-1} ref={alert}>
          {error}
        </p>
      )}
      <p class="muted small">
        {note.residentName} · care at {when(note.careAt)} · {who}
        {note.category ? ` · ${note.category}` : ''}
      </p>
      <blockquote class="note-text" data-testid="sample-note-text">
        {note.text}
      </blockquote>
      <p class="small">
        Engine score <strong>{Math.round(note.quality.score)}</strong> of 100
      </p>
      {note.quality.flags.length === 0 && <p class="small">The engine raised no flags on this note.</p>}
      {onCoach && note.authorName && note.quality.flags.length > 0 && (
        <p class="small">
          <button type="button" class="link" onClick={onCoach}>
            Coach the author ({note.authorName}) on these flags
          </button>
        </p>
      )}
      {note.quality.flags.map((f) => (
        <fieldset key={f.rule} class="verdict" data-rule={f.rule}>
          <legend>
            <strong>{RULE_LABELS[f.rule]}</strong>: {f.reason}
          </legend>
          <Help label={`About "${RULE_LABELS[f.rule]}": what it means and how to judge it`} parts={[FLAG_HELP[f.rule]]} />
          {(['agree', 'disagree'] as const).map((v) => (
            <label key={v} class="inline">
              <input
                type="radio"
                name={`verdict-${f.rule}`}
                value={v}
                checked={verdicts[f.rule] === v}
                onChange={() => setVerdicts({ ...verdicts, [f.rule]: v })}
              />
              {v === 'agree' ? 'Agree' : 'Disagree'}
            </label>
          ))}
        </fieldset>
      ))}
      <fieldset class="own-flags">
        <legend>Anything the engine missed? (optional)</legend>
        {others.map((r) => (
          <label key={r} class="inline">
            <input
              type="checkbox"
              name="added"
              value={r}
              checked={added.includes(r)}
              onChange={(e) => setAdded((e.currentTarget as HTMLInputElement).checked ? [...added, r] : added.filter((x) => x !== r))}
            />
            {RULE_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <label class="block">
        Comment (optional)
        <textarea name="comment" rows={2} maxLength={500} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="row">
        {onBack && (
          <button type="button" class="secondary" onClick={onBack}>
            Previous note
          </button>
        )}
        <button type="submit">{last ? 'Save and finish' : 'Save and next'}</button>
      </div>
    </form>
  );
}
