import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { baselineMean, weeklyRate } from '@/src/measure/weekly-rate';
import { getDb } from '@/src/store/db';
import { loadMeasureInputs } from '@/src/store/measure-inputs';
import { noteTotals, sectionAndCaptureCounts } from '@/src/store/queries';
import { readSettings } from '@/src/store/settings';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { WeeklyChart } from '@/src/ui/WeeklyChart';
import { WeeklyTable } from '@/src/ui/WeeklyTable';
import { ProcessControl } from './ProcessControl';
import { markersFor, markersInWords } from '@/src/coaching/markers';
import { overviewShown } from '../overview-shown';
import { useCoachingMarkers } from '../use-coaching-markers';
import { StorageState } from './StorageState';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** Everything stored so far, and the weekly vague-note rate against the baseline. */
export function Overview() {
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const [loaded, settings, counts] = await Promise.all([loadMeasureInputs(db, Date.now()), readSettings(db), sectionAndCaptureCounts(db)]);
    const totals = { ...noteTotals(loaded.inputs.rollups), ...counts };
    const points = weeklyRate(loaded.inputs.rollups, (r) => r.flagged.vague ?? 0);
    const mean = settings.baseline ? baselineMean(points, settings.baseline) : undefined;
    return { totals, points, mean, settings, ...loaded };
  }, []);
  const sessions = useCoachingMarkers(!!value);
  useEffect(() => {
    if (value) overviewShown();
  }, [value]);
  const coaching = useMemo(() => markersFor(sessions, {}), [sessions]);
  const marks = useMemo(() => [...(value?.settings.interventions ?? []), ...coaching], [value, coaching]);
  if (!value) return <p aria-busy="true">Loading…</p>;
  const { totals, points, mean, settings, inputs, measures } = value;
  return (
    <section aria-labelledby="overview-title" data-testid="overview">
      <h2 id="overview-title">Overview</h2>
      <button type="button" data-testid="open-evidence" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/evidence.html') })}>
        Evidence pack for an inspector
      </button>
      <dl class="counts">
        <dt>Notes stored</dt>
        <dd data-testid="total-notes">{totals.notes}</dd>
        <dt>Residents</dt>
        <dd data-testid="total-residents">{totals.residents}</dd>
        <dt>Care-plan sections</dt>
        <dd data-testid="total-sections">{totals.sections}</dd>
        <dt>Page captures</dt>
        <dd data-testid="total-captures">{totals.captures}</dd>
      </dl>
      <StorageState />
      {points.length === 0 ? (
        <p class="empty">No notes captured yet: open a resident's daily notes in your care system.</p>
      ) : (
        <>
          <h3>Vague notes, by week</h3>
          <p data-testid="baseline-summary">
            {settings.baseline
              ? mean === undefined
                ? `Baseline ${settings.baseline.start} to ${settings.baseline.end}: no notes captured from that period yet. On a page of notes, Capture history reads them.`
                : `Baseline ${settings.baseline.start} to ${settings.baseline.end}: mean ${pct(mean)} of notes vague.`
              : 'No baseline set yet: choose the period your improvement is measured against (Baseline and intervention, at the end of this panel).'}
            {settings.interventions.map((i) => ` Intervention ${i.day}: ${i.label}.`).join('')}
          </p>
          <WeeklyChart
            title="Vague notes % by week"
            points={points}
            baselineMean={mean}
            interventions={marks}
          />
          <p class="legend muted">
            Solid line: share of notes flagged vague. Dashed grey: baseline mean. Dashed pink:
            intervention{coaching.length ? ` or coaching session (${markersInWords(coaching)})` : ''}.
          </p>
          <details>
            <summary>Figures behind the chart</summary>
            <WeeklyTable caption="Vague notes by week" points={points} />
          </details>
          <ProcessControl inputs={inputs} measures={measures} settings={settings} />
        </>
      )}
    </section>
  );
}
