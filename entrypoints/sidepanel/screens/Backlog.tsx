import { useEffect } from 'preact/hooks';
import { Fragment } from 'preact';
import { BACKLOG_HELP } from '@/src/help/backlog-help';
import { backlogNow, backlogTrend, NO_UNIT, type BacklogItem } from '@/src/measure/timeliness';
import { codesFor, installSecret } from '@/src/store/install-secret';
import { getDb } from '@/src/store/db';
import { readSettings, writeSettings } from '@/src/store/settings';
import { loadTimelines, readTimelinessRules, sectionsWithHistoryTable } from '@/src/store/timeliness';
import { Help } from '@/src/ui/Help';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { webUrl } from '@/src/ui/web-url';
import { BacklogTrendView } from './BacklogTrend';

const seen = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/**
 * The registered manager's view: how many care-plan sections are overdue for review now, by
 * unit, which ones (most overdue first, each opening the resident's care plan), and the
 * sections not seen lately, apart, because nobody can say they are fine.
 */
export function Backlog() {
  // The secret is made here, outside the live query (which may not write), so codes can be read in it.
  useEffect(() => void installSecret(getDb()).catch(() => undefined), []);
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const [timelines, rules, settings, withHistory] = await Promise.all([loadTimelines(db), readTimelinessRules(db), readSettings(db), sectionsWithHistoryTable(db)]);
    const now = Date.now();
    const current = backlogNow(timelines, rules, now);
    const codes = settings.residentDisplay === 'pseudonym' ? await codesFor(db, [...current.overdue, ...current.stale].map((i) => i.residentKey)) : undefined;
    return {
      codes,
      latestOnly: timelines.filter((t) => t.goneAt === undefined && !withHistory.has(t.sectionKey)).length,
      now: current,
      trend: timelines.length ? backlogTrend(timelines, rules, { now, baseline: settings.baseline }) : undefined,
      rules,
      settings,
    };
  }, []);
  if (!value) return null;
  const { now, trend, rules, settings, latestOnly, codes } = value;
  // In pseudonym mode a name is never shown, not even for the moment before the codes are ready.
  const who = (i: BacklogItem) => (settings.residentDisplay === 'pseudonym' ? (codes?.get(i.residentKey) ?? 'Resident ……') : i.residentName);
  const units = Object.entries(now.byUnit).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="backlog-title" data-testid="backlog">
      <h2 id="backlog-title">Care-plan backlog</h2>
      {now.total === 0 && now.stale.length === 0 ? (
        <p class="empty">No care plans read yet: open a resident's care plan in your care system.</p>
      ) : (
        <>
          <p class="headline">
            <strong data-testid="backlog-total">{now.overdue.length}</strong>{' '}
            {now.overdue.length === 1 ? 'section is' : 'sections are'} overdue for review, of {now.total} in current care plans.
          </p>
          <Help label="What overdue means and what to do" parts={[BACKLOG_HELP.overdue]} />
          {units.length > 0 && (
            <dl class="counts" data-testid="backlog-by-unit">
              {units.map(([unit, n]) => (
                <Fragment key={unit}>
                  <dt>{unit === NO_UNIT ? 'No unit shown' : unit}</dt>
                  <dd data-unit={unit}>{n}</dd>
                </Fragment>
              ))}
            </dl>
          )}
          <fieldset class="inline-choice">
            <legend>Show residents by</legend>
            {(['name', 'pseudonym'] as const).map((d) => (
              <label key={d} class="inline">
                <input
                  type="radio"
                  name="residentDisplay"
                  checked={settings.residentDisplay === d}
                  onChange={() => void writeSettings(getDb(), { residentDisplay: d })}
                />
                {d === 'name' ? 'Name' : 'Pseudonym'}
              </label>
            ))}
          </fieldset>
          {now.overdue.length > 0 && (
            <div class="scroll">
              <table class="figures" data-testid="backlog-list">
                <caption>Overdue for review, most overdue first</caption>
                <thead>
                  <tr>
                    <th scope="col">Resident</th>
                    <th scope="col">Section</th>
                    <th scope="col">Days overdue</th>
                    <th scope="col">Last seen</th>
                  </tr>
                </thead>
                <tbody>
                  {now.overdue.slice(0, 100).map((i) => (
                    <tr key={i.sectionKey} data-section-key={i.sectionKey}>
                      <th scope="row">
                        {webUrl(i.url) ? (
                          <a href={webUrl(i.url)} target="_blank" rel="noopener noreferrer">
                            {who(i)}
                          </a>
                        ) : (
                          who(i)
                        )}
                      </th>
                      <td>{i.section}</td>
                      <td>{i.daysOverdue}</td>
                      <td>{seen(i.lastSeenAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {now.overdue.length > 100 && <p class="muted small">The 100 most overdue are listed.</p>}
            </div>
          )}
          {now.stale.length > 0 && (
            <details data-testid="backlog-stale">
              <summary>
                {now.stale.length} {now.stale.length === 1 ? 'section' : 'sections'} not seen for {rules.staleAfterDays} days or more: open them to
                check
              </summary>
              <ul>
                {now.stale.map((i) => (
                  <li key={i.sectionKey}>
                    {webUrl(i.url) ? (
                      <a href={webUrl(i.url)} target="_blank" rel="noopener noreferrer">
                        {who(i)}
                      </a>
                    ) : (
                      who(i)
                    )}
                    , {i.section}: not seen since {seen(i.lastSeenAt)}
                  </li>
                ))}
              </ul>
              <Help label="What not seen lately means and what to do" parts={[BACKLOG_HELP.stale]} />
            </details>
          )}
          {latestOnly > 0 && (
            <p class="muted small" data-testid="backlog-latest-only">
              {latestOnly} {latestOnly === 1 ? 'section comes' : 'sections come'} from pages that show only the latest dates, with no
              history table: their reviews and updates are known from when Record Lens first read them, and nothing is guessed in
              between. Where a page shows no review-due date, the review is due {rules.reviewIntervalDays} days after the last review or
              update (change this in Record Lens settings).
            </p>
          )}
          {latestOnly > 0 && <Help label="What to do about pages without a history table" parts={[BACKLOG_HELP.latestOnly]} />}
          {trend && <BacklogTrendView trend={trend} interventions={settings.interventions} targetDays={rules.updateLagTargetDays} />}
        </>
      )}
    </section>
  );
}
