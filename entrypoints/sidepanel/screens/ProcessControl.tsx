import { useMemo, useState } from 'preact/hooks';
import { markersFor, markersInWords } from '@/src/coaching/markers';
import { useCoachingMarkers } from '../use-coaching-markers';
import { CHART_EMPTY_NEXT } from '@/src/help/empty-chart';
import { ASSURANCE_HELP, MEASURE_HELP, VARIATION_HELP } from '@/src/help/help-texts';
import { Help } from '@/src/ui/Help';
import { frozenFor } from '@/src/measure/baseline-figures';
import { measureChart } from '@/src/measure/measure-chart';
import { DIMENSION_NAME, formatValue, measurePoints, segmentValues, type Measure, type MeasureInputs, type SegmentFilter } from '@/src/measure/registry';
import type { AssuranceVerdict, VariationVerdict } from '@/src/measure/spc';
import type { Settings } from '@/src/model/settings';
import { SpcChart } from '@/src/ui/SpcChart';
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

const SOURCES = ['notes', 'care plans', 'audits', 'samples'] as const;
const SEGMENT_WORDS: Record<string, string> = { day: 'Day shift', night: 'Night shift', weekday: 'Weekdays', weekend: 'Weekends' };

const filterOf = (segment: string): SegmentFilter => {
  const at = segment.indexOf(':');
  return at < 0 ? {} : ({ [segment.slice(0, at)]: segment.slice(at + 1) } as SegmentFilter);
};

/**
 * A measure on a process-control chart (Making Data Count's XmR), for all records or one segment:
 * which changes are signals and which are noise, and whether the target can be relied on.
 */
export function ProcessControl({ inputs, measures, settings }: { inputs: MeasureInputs; measures: readonly Measure[]; settings: Settings }) {
  const coaching = useCoachingMarkers();
  const [measureId, setMeasureId] = useState('vague');
  const [chosenSegment, setSegment] = useState('all');
  const [recalc, setRecalc] = useState(false);
  const measure = measures.find((m) => m.id === measureId) ?? measures[0]!;
  const segments = measure.dimensions.flatMap((d) => segmentValues(inputs, d).map((v) => ({ key: `${d}:${v}`, label: d === 'unit' ? `Unit ${v}` : d === 'role' ? `Written by: ${v}` : (SEGMENT_WORDS[v] ?? v) })));
  // A segment the new measure cannot be split by falls back to all records.
  const segment = chosenSegment === 'all' || segments.some((s) => s.key === chosenSegment) ? chosenSegment : 'all';
  const filter = filterOf(segment);
  const chart = useMemo(
    () =>
      measureChart(measure, measurePoints(measure, inputs, measure.period, filter), {
        period: measure.period,
        baseline: settings.baseline,
        interventions: settings.interventions,
        recalcAtInterventions: recalc,
        frozen: frozenFor(settings.baselineFigures, settings.baseline, measure.id, filter),
      }),
    [measure, inputs, segment, settings, recalc],
  );
  const sessions = useMemo(() => markersFor(coaching, filter), [coaching, segment]);
  const marks = useMemo(() => [...settings.interventions, ...sessions], [settings, sessions]);
  const show = (v: number | null | undefined) => formatValue(measure, v);
  const periodWord = measure.period === 'week' ? 'Week starting' : 'Month';
  return (
    <div data-testid="process-control">
      <h3>Signals and noise</h3>
      <div class="row">
        <label>
          Measure
          <select value={measureId} onChange={(e) => setMeasureId((e.currentTarget as HTMLSelectElement).value)}>
            {SOURCES.map((source) => (
              <optgroup key={source} label={`From ${source}`}>
                {measures
                  .filter((m) => m.source === source)
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          Segment
          <select value={segment} onChange={(e) => setSegment((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">All {measure.source}</option>
            {segments.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="inline">
        <input type="checkbox" checked={recalc} onChange={(e) => setRecalc((e.currentTarget as HTMLInputElement).checked)} /> New limits from each
        intervention
      </label>
      <p class="muted small" data-testid="measure-definition">
        {measure.definition} Split by {measure.dimensions.map((d) => DIMENSION_NAME[d]).join(', ')}.
      </p>
      {!chart ? (
        <p class="empty" data-testid="spc-empty">
          Too few {measure.period === 'week' ? 'weeks' : 'months'} with {measure.source} for a process-control chart yet: it needs two. {CHART_EMPTY_NEXT[measure.source]}
        </p>
      ) : (
        <>
          <p data-testid="spc-verdict">
            <strong>{VARIATION[chart.variation]}</strong>
            {chart.assurance ? `; ${ASSURANCE[chart.assurance]} (${show(measure.target)}).` : '.'}
          </p>
          <Help parts={[{ means: `${measure.definition} ${MEASURE_HELP[measure.id]?.means ?? ''}`.trim(), todo: MEASURE_HELP[measure.id]?.todo ?? 'See the README.' }, VARIATION_HELP[chart.variation], chart.assurance && ASSURANCE_HELP[chart.assurance]]} />
          {chart.warnings.map((w, i) => (
            <p key={i} class="warning small">
              {w}
            </p>
          ))}
          <SpcChart chart={chart} interventions={marks} />
          <p class="legend muted small">
            Grey dots: common cause. Blue circles: improvement. Orange diamonds: concern. Dashed: process limits; dotted green: target. Pink dashed: interventions
            and coaching sessions.
          </p>
          {sessions.length > 0 && (
            <p class="small" data-testid="coaching-markers">
              Coaching marked on this chart: {markersInWords(sessions)}.
            </p>
          )}
          <details>
            <summary>Figures and signals behind the chart</summary>
            <div class="scroll">
              <table class="figures" data-testid="spc-table">
                <caption>
                  {measure.name} by {measure.period}, with process limits
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{periodWord}</th>
                    <th scope="col">Value</th>
                    <th scope="col">{measure.denominatorName}</th>
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
                      <td>{p.label ?? (p.judged ? 'common cause' : 'too little to judge')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <h3>Across segments</h3>
      <SpreadView measure={measure} inputs={inputs} settings={settings} />
      <DriftWarnings inputs={inputs} measures={measures} settings={settings} />
    </div>
  );
}
