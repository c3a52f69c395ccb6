import { useState } from 'preact/hooks';
import { describeCoached } from '@/src/coaching/coached-notes';
import { coachingEffect, type AnnouncedPeriod, type CoachedFacts } from '@/src/coaching/coaching-effect';
import { changeInWords, lastingInWords, unpromptedInWords } from '@/src/coaching/coaching-words';
import { describeProgress, followUpProgress } from '@/src/coaching/follow-up';
import { groupSpread } from '@/src/coaching/group-spread';
import type { CoachingEvent } from '@/src/model/coaching';
import type { Note } from '@/src/model/note';
import { RULE_LABELS } from '@/src/model/quality-flag';
import { judgementOf, type JudgementInput } from '@/src/sampling/judgement';
import { removeCoaching, saveFollowUpCheck } from '@/src/store/coaching';
import { getDb } from '@/src/store/db';
import { WeeklyChart } from '@/src/ui/WeeklyChart';
import { WeeklyTable } from '@/src/ui/WeeklyTable';
import { openRecordInTab } from '../open-record';
import { SampleNoteForm } from './SampleNoteForm';

interface Props {
  event: CoachingEvent;
  /** The home's notes counted by day and member of staff (the session picks its own). */
  facts: CoachedFacts;
  /** The notes queued for the follow-up check, oldest first. */
  queue: readonly Note[];
  announced: readonly AnnouncedPeriod[];
  today: string;
  tabId?: number;
}

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)}%`);
const longDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * One coaching session: its follow-up checks, and whether the coached staff's notes got better,
 * stayed better, and hold outside announced audits (for a group, member by member).
 */
export function CoachingSession({ event, facts, queue, announced, today, tabId }: Props) {
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState<boolean>();
  const [removing, setRemoving] = useState(false);
  const who = describeCoached(event.coached);
  const focusWords = event.focus.map((r) => RULE_LABELS[r]).join(', ');
  const progress = followUpProgress(event, queue.map((n) => n.key));
  const effect = coachingEffect(event, facts, today, announced);
  const spread = event.coached.kind === 'group' ? groupSpread(event, facts, today, announced) : undefined;
  const next = checking && progress.next ? queue.find((n) => n.key === progress.next) : undefined;
  const title = `${who}, ${longDay(event.day)}`;

  const save = async (note: Note, input: JudgementInput) => {
    try {
      await saveFollowUpCheck(getDb(), event.id!, judgementOf(note, input, Date.now()));
      setError(undefined);
      setShown(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const show = async (note: Note) => setShown(await openRecordInTab(tabId!, note.provenance.url, note.key, `Follow-up check: ${who}`));

  return (
    <article class="coaching-session" data-testid="coaching-session" aria-labelledby={`coaching-${event.id}`}>
      <h3 id={`coaching-${event.id}`}>{title}</h3>
      <p class="small">
        About: <strong>{focusWords}</strong>
        {event.note ? ` · ${event.note}` : ''}
      </p>
      <p data-testid="follow-up-progress">
        Follow-up: <strong>{describeProgress(progress)}</strong>.
      </p>
      {progress.next && !checking && (
        <button type="button" onClick={() => setChecking(true)}>
          Check their next note
        </button>
      )}
      {checking && !progress.next && (
        <p role="status">
          Every note written so far is checked.{' '}
          <button type="button" class="link" onClick={() => setChecking(false)}>
            Close
          </button>
        </p>
      )}
      {next && (
        <div data-testid="follow-up-walk">
          <h4>
            Note {progress.checked + 1} of {progress.wanted}
          </h4>
          {tabId !== undefined && (
            <p class="small">
              <button type="button" class="link" onClick={() => void show(next)}>
                Show this note in the care system
              </button>
              {shown === false && ' — it is not on that page any more; judge it here.'}
            </p>
          )}
          <SampleNoteForm key={next.key} note={next} error={error} last={progress.checked + 1 >= progress.wanted} onSave={(input) => void save(next, input)} />
          <button type="button" class="secondary" onClick={() => setChecking(false)}>
            Stop checking
          </button>
        </div>
      )}
      <h4>Before and after</h4>
      <p data-testid="coaching-change">{changeInWords(effect)}</p>
      <p data-testid="coaching-lasting">{lastingInWords(effect)}</p>
      <p data-testid="coaching-unprompted">{unpromptedInWords(effect)}</p>
      {effect.weekly.length > 0 && (
        <>
          <WeeklyChart
            title={`${focusWords}: ${who}`}
            points={effect.weekly}
            baselineMean={effect.before.rate ?? undefined}
            interventions={[{ day: event.day, label: 'Coaching' }]}
            seriesLabel={`${focusWords} %`}
            levelLabel="Their 8 weeks before %"
          />
          <p class="legend muted small">Blue: share of their notes flagged each week. Grey dashed: their rate in the 8 weeks before. Pink dashed: the session.</p>
          <details>
            <summary>Figures behind the chart</summary>
            <div class="scroll">
              <WeeklyTable caption={`${who}: notes flagged ${focusWords}, by week (session ${event.day})`} points={effect.weekly} flaggedLabel={focusWords} />
            </div>
          </details>
        </>
      )}
      {spread && (
        <div class="scroll">
          <table class="figures" data-testid="coaching-spread">
            <caption>
              Member by member, worst after first: {spread.tally.lower} better, {spread.tally['no-clear-change']} no clear change, {spread.tally.higher} worse,{' '}
              {spread.tally['too-few']} too few notes to judge
              {spread.afterRange && ` (after: ${pct(spread.afterRange[0])} to ${pct(spread.afterRange[1])})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Author</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {spread.members.map((m) => (
                <tr key={m.author}>
                  <th scope="row">{m.author}</th>
                  <td>
                    {pct(m.effect.before.rate)} of {m.effect.before.notes}
                  </td>
                  <td>
                    {pct(m.effect.after.rate)} of {m.effect.after.notes}
                  </td>
                  <td>{CHANGE[m.effect.change]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing ? (
        <p class="row" role="group" aria-label="Remove this session?">
          Remove this session and its {event.checks.length} follow-up {event.checks.length === 1 ? 'check' : 'checks'}?
          <button type="button" class="danger" onClick={() => void removeCoaching(getDb(), event.id!)}>
            Remove
          </button>
          <button type="button" class="secondary" onClick={() => setRemoving(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" class="link" onClick={() => setRemoving(true)}>
          Remove this session
        </button>
      )}
    </article>
  );
}

const CHANGE = { 'too-few': 'Too few notes', lower: 'Better', 'no-clear-change': 'No clear change', higher: 'Worse' } as const;
