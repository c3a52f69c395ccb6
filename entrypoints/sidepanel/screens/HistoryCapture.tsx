import { useState } from 'preact/hooks';
import { sendToBackground } from '@/src/messaging/send';
import type { HistoryJob } from '@/src/model/history-job';
import { londonDayKey } from '@/src/extract/dates/london-time';
import { walkProgress } from '@/src/recipes/history-walk';
import { getDb } from '@/src/store/db';
import { recentHistoryJobs, type PageCapture } from '@/src/store/queries';
import { listRecipes } from '@/src/store/recipes';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';

const duration = (s?: number) => (s === undefined ? 'working it out' : s < 90 ? `about ${s} s` : `about ${Math.round(s / 60)} min`);

/**
 * "Capture history": walks older pages of the care system over a date range, so the baseline
 * months are there even though Record Lens was installed after them.
 */
export function HistoryCapture({ page }: { page?: PageCapture }) {
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const [jobs, recipes, settings] = await Promise.all([recentHistoryJobs(db), listRecipes(db), readSettings(db)]);
    return { jobs, recipes, settings };
  }, []);
  const [error, setError] = useState<string>();
  if (!value) return null;
  const recipePage = page && value.recipes.find((e) => e.recipe.id === page.recipeId)?.recipe.pages.find((p) => p.id === page.pageId);
  const running = value.jobs.find((j) => j.status === 'running');
  const latest = value.jobs[0];
  if (!recipePage?.history && !latest) return null;

  const start = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const reply = await sendToBackground('historyStart', {
      recipeId: page!.recipeId,
      pageId: page!.pageId,
      startUrl: page!.url,
      from: String(form.get('from')),
      to: String(form.get('to')),
      intervalMs: Math.round(Number(form.get('interval')) * 1000),
    });
    setError(reply.ok ? undefined : reply.error);
  };
  const today = londonDayKey(Date.now());
  const defaultFrom = value.settings.baseline?.start ?? londonDayKey(Date.now() - 90 * 86_400_000);

  return (
    <section aria-labelledby="history-title" data-testid="history-capture">
      <h2 id="history-title">Capture history</h2>
      {latest && <JobStatus job={latest} />}
      {recipePage?.history && !running && (
        <form onSubmit={start} class="stack">
          <p class="muted">
            Opens older pages of this list one at a time in a background tab of your own session, and
            stores the notes from the dates you choose. It never uses your password.
          </p>
          <fieldset>
            <legend>Dates to capture</legend>
            <label>
              Capture from <input type="date" name="from" required defaultValue={defaultFrom} max={today} />
            </label>
            <label>
              Capture to <input type="date" name="to" required defaultValue={today} max={today} />
            </label>
            <label>
              Seconds between pages <input type="number" name="interval" min={0.25} max={60} step={0.25} defaultValue={1} />
            </label>
          </fieldset>
          <button type="submit">Capture history</button>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

function JobStatus({ job }: { job: HistoryJob }) {
  const progress = walkProgress(job, Date.now());
  const percent = Math.round(progress.fraction * 100);
  return (
    <div data-testid="history-job" data-status={job.status}>
      <p>
        {job.from} to {job.to}: <strong>{job.status === 'running' ? 'capturing' : job.status}</strong>, {job.pagesDone}{' '}
        pages, {job.recordsStored} notes stored.
        {job.status === 'running' && ` Time left: ${duration(progress.secondsLeft)}.`}
      </p>
      <progress max={100} value={percent} aria-label="History capture progress">
        {percent}%
      </progress>
      {job.message && <p data-testid="history-message">{job.message}</p>}
      {job.status === 'running' && (
        <button type="button" onClick={() => void sendToBackground('historyCancel', { jobId: job.id! })}>
          Stop
        </button>
      )}
    </div>
  );
}
