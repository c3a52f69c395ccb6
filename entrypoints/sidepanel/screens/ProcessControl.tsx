import { useState } from 'preact/hooks';
import { measureChart } from '@/src/measure/measure-chart';
import { measurePoints, NOTE_MEASURES, type SegmentFilter } from '@/src/measure/registry';
import type { AssuranceVerdict, VariationVerdict } from '@/src/measure/spc';
import type { DailyRollup } from '@/src/model/daily-rollup';
import type { Settings } from '@/src/model/settings';
import { scaled, SpcChart } from '@/src/ui/SpcChart';
import { DriftWarnings } from './DriftWarnings';
import { SpreadView } from './SpreadView';

const VARIATION: Record<VariationVerdict, string> = {
  'common-cause': 'Common cause variation: no signal at the latest point',
  'special-cause-improvement': 'Special cause variation: improvement',
  'special-cause-concern': 'Special cause variation: concern',
};
const ASSURANCE: Record<AssuranceVerdict, string> = {
  'consistently-meeting': 'consistently meeting the target',
  'consistently-missing': 'consistently missing the target',
  'hit-and-miss': 'hit and miss against the target (the target lies within the limits)',
};

/**
 * A measure on a process-control chart (Making Data Count's XmR), for all notes or one segment:
 * which changes are signals and which are noise, and whether the target can be relied on.
 */
export function ProcessControl({ rollups, settings }: { rollups: readonly DailyRollup[]; settings: Settings }) {
  const [measureId, setMeasureId] = useState('vague');
  const [segment, setSegment] = useState('all');
  const [recalc, setRecalc] = useState(false);
  const measure = NOTE_MEASURES.find((m) => m.id === measureId)!;
  const units = [...new Set(rollups.map((r) => r.unit))].sort();
  const filter: SegmentFilter = segment.startsWith('unit:')
    ? { unit: segment.slice(5) }
    : segment === 'day' || segment === 'night'
      ? { shift: segment }
      : segment === 'weekday' || segment === 'weekend'
        ? { dayType: segment }
        : {};
  const chart = measureChart(measure, measurePoints(measure, rollups, 'week', filter), {
    period: 'week',
    baseline: settings.baseline,
    interventions: settings.interventions,
    recalcAtInterventions: recalc,
  });
  const show = (v: number | null | undefined) => {
    const s = chart ? scaled(chart, v) : null;
    return s === null ? '–' : measure.unit === 'share' ? `${s.toFixed(1)}%` : s.toFixed(1);
  };
  return (
    <div data-testid="process-control">
      <h3>Signals and noise</h3>
      <div class="row">
        <label>
          Measure
          <select value={measureId} onChange={(e) => setMeasureId((e.currentTarget as HTMLSelectElement).value)}>
            {NOTE_MEASURES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Notes from
          <select value={segment} onChange={(e) => setSegment((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">All units and shifts</option>
            {units.map((u) => (
              <option key={u} value={`unit:${u}`}>
                Unit {u}
              </option>
            ))}
            <option value="day">Day shift</option>
            <option value="night">Night shift</option>
            <option value="weekday">Weekdays</option>
            <option value="weekend">Weekends</option>
          </select>
        </label>
      </div>
      <label class="inline">
        <input type="checkbox" checked={recalc} onChange={(e) => setRecalc((e.currentTarget as HTMLInputElement).checked)} /> New limits from each
        intervention
      </label>
      {!chart ? (
        <p class="empty">Too few weeks of notes for a process-control chart yet.</p>
      ) : (
        <>
          <p data-testid="spc-verdict">
            <strong>{VARIATION[chart.variation]}</strong>
            {chart.assurance ? `; ${ASSURANCE[chart.assurance]} (${show(measure.target)}).` : '.'}
          </p>
          {chart.warnings.map((w, i) => (
            <p key={i} class="warning small">
              {w}
            </p>
          ))}
          <SpcChart chart={chart} interventions={settings.interventions} />
          <p class="legend muted small">
            Grey dots: common cause. Blue circles: improvement. Orange diamonds: concern. Dashed: process limits; dotted green: target.
          </p>
          <details>
            <summary>Figures and signals behind the chart</summary>
            <div class="scroll">
              <table class="figures" data-testid="spc-table">
                <caption>{measure.name} by week, with process limits</caption>
                <thead>
                  <tr>
                    <th scope="col">Week starting</th>
                    <th scope="col">Value</th>
                    <th scope="col">Notes</th>
                    <th scope="col">Mean</th>
                    <th scope="col">Limits</th>
                    <th scope="col">Signal</th>
                  </tr>
                </thead>
                <tbody>
                  {chart.points.map((p) => (
                    <tr key={p.period} data-signal={p.label ?? 'none'}>
                      <th scope="row">{p.period}</th>
                      <td>{show(p.shown)}</td>
                      <td>{p.denominator}</td>
                      <td>{show(p.limits?.mean)}</td>
                      <td>
                        {show(p.limits?.lower)} to {show(p.limits?.upper)}
                      </td>
                      <td>{p.label ?? (p.judged ? 'common cause' : 'too few notes to judge')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <h3>Across units, shifts and day types</h3>
      <SpreadView measure={measure} rollups={rollups} settings={settings} />
      <DriftWarnings rollups={rollups} settings={settings} />
    </div>
  );
}
