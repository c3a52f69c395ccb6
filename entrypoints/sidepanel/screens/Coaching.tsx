import { useEffect, useState } from 'preact/hooks';
import { staffRows } from '@/src/coaching/staff-view';
import { londonDayKey } from '@/src/extract/dates/london-time';
import type { Note } from '@/src/model/note';
import { RULE_LABELS } from '@/src/model/quality-flag';
import { addDaysToKey } from '@/src/measure/timeliness/days';
import { coachingInputs, ensureStaffRollups, followUpNotes, listCoaching } from '@/src/store/coaching';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { CoachingForm, type CoachingDraft } from './CoachingForm';
import { CoachingSession } from './CoachingSession';
import { COACH_EVENT } from './coach-event';
import { useOverviewShown } from '../overview-shown';

const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;
const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

/**
 * Coaching follow-up: the staff view (whose notes are flagged, and for what), recording a
 * coaching or supervision session, and for each session its follow-up checks and whether the
 * coached staff's notes got better and stayed better.
 */
export function Coaching({ tabId }: { tabId?: number }) {
  const [draft, setDraft] = useState<CoachingDraft>();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const today = londonDayKey(Date.now());
  const [buildError, setBuildError] = useState<string>();
  // Below the first chart: read after it is painted, not alongside it.
  const ready = useOverviewShown();
  useEffect(() => {
    // Notes stored before the staff counts existed are counted once; the query below re-runs when they are.
    if (ready) ensureStaffRollups(getDb()).catch((e: Error) => setBuildError(e.message));
  }, [ready]);
  const { value } = useLiveQuery(async () => {
    if (!ready) return undefined;
    const db = getDb();
    const events = await listCoaching(db);
    // The staff view reads the last 8 weeks even before any session is recorded.
    const inputs = await coachingInputs(db, [...events, { day: today }], today);
    const queues = new Map<number, Note[]>();
    for (const e of events) queues.set(e.id!, await followUpNotes(db, e, inputs));
    return { events, queues, ...inputs };
  }, [today, ready]);
  useEffect(() => {
    // A flagged note elsewhere in the panel can start a session for its author ("Coach the author").
    const start = (e: Event) => {
      setDraft((e as CustomEvent<CoachingDraft>).detail);
      setOpen(true);
      setSaved(false);
      document.getElementById('coaching-title')?.scrollIntoView();
    };
    addEventListener(COACH_EVENT, start);
    return () => removeEventListener(COACH_EVENT, start);
  }, []);
  if (!value) {
    return (
      <section aria-labelledby="coaching-title" data-testid="coaching">
        <h2 id="coaching-title">Coaching follow-up</h2>
        <p class="muted small" aria-busy="true">
          Loading…
        </p>
      </section>
    );
  }
  const recent = value.facts.filter((f) => f.day >= addDaysToKey(today, -55));
  const staff = staffRows(recent);
  const startFor = (d: CoachingDraft) => {
    setDraft(d);
    setOpen(true);
    setSaved(false);
  };

  return (
    <section aria-labelledby="coaching-title" data-testid="coaching">
      <h2 id="coaching-title">Coaching follow-up</h2>
      <p class="muted small">
        Record a coaching or supervision session, check the next notes of the staff coached, and see whether their notes got better and stayed better, including
        when nobody was auditing.
      </p>
      {saved && <p role="status">Session recorded. Its follow-up checks are below.</p>}
      {open ? (
        <CoachingForm
          key={JSON.stringify(draft)}
          draft={draft}
          authors={staff.map((s) => s.author)}
          roles={distinct(recent.map((f) => f.role))}
          units={distinct(recent.map((f) => f.unit))}
          onDone={(ok) => {
            setOpen(false);
            setSaved(ok);
          }}
        />
      ) : (
        <button type="button" onClick={() => startFor({})}>
          Record a coaching session
        </button>
      )}
      <details data-testid="staff-view">
        <summary>Staff: whose notes are flagged, last 8 weeks</summary>
        {staff.length === 0 ? (
          <p class="empty">No notes with an author in the last 8 weeks: open your care system's daily notes so Record Lens can read them.</p>
        ) : (
          <div class="scroll">
            <table class="figures">
              <caption>Each author's notes in the last 8 weeks, most often flagged first</caption>
              <thead>
                <tr>
                  <th scope="col">Author</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Flagged</th>
                  <th scope="col">Most often</th>
                  <th scope="col">Coach</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((s) => (
                  <tr key={s.author}>
                    <th scope="row">
                      {s.author}
                      {s.role ? <span class="muted small"> ({s.role})</span> : null}
                    </th>
                    <td>{s.notes}</td>
                    <td>{pct(s.flagged, s.notes)}</td>
                    <td>{s.topRule ? RULE_LABELS[s.topRule] : '–'}</td>
                    <td>
                      <button type="button" class="link" onClick={() => startFor({ authorName: s.author, ...(s.topRule ? { focus: [s.topRule] } : {}) })}>
                        Coach {s.author}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
      {buildError && (
        <p class="error" role="alert">
          Could not count the stored notes by member of staff: {buildError}
        </p>
      )}
      {!value.ready && !buildError && (
        <p role="status" aria-busy="true" data-testid="coaching-counting">
          Counting the stored notes by member of staff, once…
        </p>
      )}
      {value.events.length === 0 ? (
        <p class="empty" data-testid="coaching-empty">
          No coaching sessions recorded yet. After you coach someone on their notes, record it here (or press <em>Coach the author</em> on a flagged note): Record
          Lens then queues their next notes for a check and shows whether the better standard held.
        </p>
      ) : (
        value.ready &&
        value.events.map((e) => <CoachingSession key={e.id} event={e} facts={value.facts} queue={value.queues.get(e.id!) ?? []} announced={value.announced} today={today} tabId={tabId} />)
      )}
    </section>
  );
}
