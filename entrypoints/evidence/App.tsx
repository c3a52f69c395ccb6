import { useEffect, useState } from 'preact/hooks';
import { packCsv } from '@/src/evidence/pack-csv';
import type { EvidencePack } from '@/src/evidence/pack';
import { BROAD_HELP, EMBEDDED_HELP, SCHEDULE_GAP_HELP } from '@/src/help/audit-help';
import { BACKLOG_HELP } from '@/src/help/backlog-help';
import { MEASURE_HELP } from '@/src/help/help-texts';
import { MEASURES } from '@/src/measure/registry';
import { getDb } from '@/src/store/db';
import { assemblePack } from '@/src/store/evidence';
import { downloadText, fileDay } from '@/src/ui/download';
import { Help } from '@/src/ui/Help';
import { PackMeasureView } from './PackMeasure';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);

/**
 * The evidence pack: the figures an inspector asks for, laid out for A4 so the browser's "Save as
 * PDF" gives a clean document, with the same figures as CSV and JSON. Residents appear as codes
 * unless the manager ticks the box that says what showing names means.
 */
export function App() {
  const [chosen, setChosen] = useState<string[]>(MEASURES.map((m) => m.id));
  const [names, setNames] = useState(false);
  const [pack, setPack] = useState<EvidencePack>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    assemblePack(getDb(), { measureIds: chosen, names, now: Date.now() }).then(setPack, (e: Error) => setError(e.message));
  }, [chosen, names]);
  useEffect(() => void (document.title = 'Record Lens evidence pack'), []);
  if (error) return <p role="alert">{error}</p>;
  if (!pack) return <p aria-busy="true">Preparing the evidence pack…</p>;
  // Coaching sessions are marked on every chart of the pack, beside the interventions (every chart here is the whole home).
  const marks = [...pack.interventions, ...pack.coaching.map((c) => ({ day: c.day, label: `Coaching: ${c.who}` }))];
  const day = fileDay(Date.now());
  return (
    <main data-testid="evidence-pack">
      <h1>Evidence that our care records improved</h1>
      <p class="muted">
        Prepared by Record Lens on {pack.generatedAt}, from records read on this device.{' '}
        <span data-testid="pack-privacy">
          {pack.pseudonymised ? 'Residents appear as codes, never by name.' : 'Residents appear by name: keep this document as you keep the care records.'}
        </span>
      </p>
      <div class="controls no-print">
        <fieldset>
          <legend>Measures in the pack</legend>
          {MEASURES.map((m) => (
            <label key={m.id} class="inline">
              <input
                type="checkbox"
                checked={chosen.includes(m.id)}
                onChange={(e) => setChosen((e.currentTarget as HTMLInputElement).checked ? [...chosen, m.id] : chosen.filter((x) => x !== m.id))}
              />{' '}
              {m.name}
            </label>
          ))}
        </fieldset>
        <label class="inline">
          <input type="checkbox" checked={names} onChange={(e) => setNames((e.currentTarget as HTMLInputElement).checked)} /> Show residents' names
          (the pack will then identify people: share it only as you would share their care records)
        </label>
        <div>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" onClick={() => downloadText(`record-lens-evidence-${day}.csv`, packCsv(pack), document, 'text/csv')}>
            Download the figures (CSV)
          </button>
          <button type="button" onClick={() => downloadText(`record-lens-evidence-${day}.json`, JSON.stringify(pack, null, 2))}>
            Download the figures (JSON)
          </button>
        </div>
      </div>

      <h2>What changed, and when</h2>
      <p data-testid="pack-baseline">
        {pack.baseline
          ? `Baseline period: ${pack.baseline.start} to ${pack.baseline.end}.`
          : 'No baseline period has been set: set it in the side panel (Baseline and intervention), so every measure has a "before" to be compared with.'}
        {pack.baselineFrozenAt !== null &&
          ` Its figures were frozen on ${new Date(pack.baselineFrozenAt).toLocaleDateString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long' })}, when the baseline was set: records captured later for that period do not move them.`}
      </p>
      {pack.interventions.length ? (
        <ul>
          {pack.interventions.map((i) => (
            <li key={i.day}>
              {i.day}: {i.label}
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="pack-no-intervention">No intervention has been recorded: add what changed, and when, in the side panel (Baseline and intervention).</p>
      )}

      <h2>Coaching and its follow-up</h2>
      {pack.coaching.length === 0 ? (
        <p data-testid="pack-no-coaching">No coaching sessions recorded: record them in the side panel (Coaching follow-up) to show whether coached staff's notes got better and stayed better.</p>
      ) : (
        <table class="figures" data-testid="pack-coaching">
          <caption>Each session: who, what about, the follow-up checks, and before, after and without prompting</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Who</th>
              <th scope="col">About</th>
              <th scope="col">Follow-up</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {pack.coaching.map((c, i) => (
              <tr key={i}>
                <th scope="row">{c.day}</th>
                <td>{c.who}</td>
                <td>{c.focus.join(', ')}</td>
                <td>{c.followUp}</td>
                <td>
                  {c.change} {c.lasting} {c.unprompted}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {pack.measures.length === 0 && (
        <p class="warning" data-testid="pack-empty">
          Nothing recorded yet, so there is nothing to show an inspector. Open residents' daily notes and care plans in your care system with Record Lens
          on (Capture history in the side panel reads older weeks); audits and samples are added from the side panel. Then open this pack again.
        </p>
      )}
      {pack.measures.map((m) => (
        <PackMeasureView key={m.id} measure={m} interventions={marks} />
      ))}
      {pack.withoutData.length > 0 && (
        <p class="muted" data-testid="pack-without-data">
          Not in this pack, because nothing has been recorded for them yet: {pack.withoutData.join('; ')}. Notes and care plans are added as Record Lens
          reads them, audit scores when an audit cycle is closed, and samples when notes are judged in the side panel.
        </p>
      )}

      {pack.backlog && (
        <section class="measure" data-testid="pack-backlog">
          <h2>Care-plan reviews</h2>
          <p>
            {pack.backlog.overdueNow} of {pack.backlog.sections} care-plan sections are overdue for review now
            {pack.backlog.baselineOverduePerDay !== null && `; in the baseline, ${pack.backlog.baselineOverduePerDay.toFixed(1)} were overdue on an average day`}.
          </p>
          <Help label="What overdue means and what to do" parts={[BACKLOG_HELP.overdue]} />
          {pack.backlog.items.length > 0 && (
            <table class="figures">
              <caption>Overdue sections, most overdue first</caption>
              <thead>
                <tr>
                  <th scope="col">Resident</th>
                  <th scope="col">Section</th>
                  <th scope="col">Days overdue</th>
                </tr>
              </thead>
              <tbody>
                {pack.backlog.items.slice(0, 40).map((i, k) => (
                  <tr key={k}>
                    <th scope="row">{i.resident}</th>
                    <td>{i.section}</td>
                    <td>{i.daysOverdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {pack.audits && (
        <section class="measure" data-testid="pack-audits">
          <h2>Documentation audits</h2>
          <p>Latest cycle score: {pct(pack.audits.latestScore)}.</p>
          <ul class="verdicts">
            <li>{pack.audits.embedded}</li>
            <li>{pack.audits.broad}</li>
            <li>{pack.audits.scheduleGap}</li>
          </ul>
          <Help
            label="What these verdicts mean and what to do"
            parts={[EMBEDDED_HELP[pack.audits.status.embedded], BROAD_HELP[pack.audits.status.broad], SCHEDULE_GAP_HELP[pack.audits.status.scheduleGap]]}
          />
        </section>
      )}

      {pack.agreement && (
        <section class="measure">
          <h2>Do people agree with the automatic checks?</h2>
          <p>
            {pack.agreement.samples} samples, {pack.agreement.notes} notes judged by staff: they and the automatic checks agreed on {pct(pack.agreement.agreement)} of
            decisions{pack.agreement.kappa !== null && ` (kappa ${pack.agreement.kappa.toFixed(2)})`}.
          </p>
          <Help parts={[MEASURE_HELP['agreement']]} />
        </section>
      )}

      <section class="measure" data-testid="pack-sources">
        <h2>Where these figures come from</h2>
        <ul>
          <li>
            {pack.sources.notes.count} daily notes{pack.sources.notes.from && `, with care from ${pack.sources.notes.from} to ${pack.sources.notes.to}`}.
          </li>
          <li>
            {pack.sources.carePlanSections} care-plan sections and their history
            {pack.sources.carePlansSeen.from && `, read between ${pack.sources.carePlansSeen.from} and ${pack.sources.carePlansSeen.to}`}.
          </li>
          <li>
            {pack.sources.auditAnswers} answers from Record Lens audit cycles
            {pack.sources.auditPeriods.from && ` of records from ${pack.sources.auditPeriods.from} to ${pack.sources.auditPeriods.to}`};{' '}
            {pack.sources.careSystemAuditAnswers} from the care system's own audits.
          </li>
          <li>{pack.sources.sampledNotes} notes sampled and judged by staff.</li>
        </ul>
        <p class="muted">
          Every measure is plotted on an XmR chart (NHS England, Making Data Count): weekly for notes and care plans, monthly for audits and
          samples; the mean and limits come from the baseline periods. A period with too little behind it (fewer than 20 notes or section-days, 10
          audit answers or flags, 5 changes in need or sampled notes) is shown but not judged. Shares with a varying denominator are plotted as
          shares, not on p-charts, so the data set the routine variation.
        </p>
      </section>
    </main>
  );
}
