import type { PackMeasure } from '@/src/evidence/pack';
import { ASSURANCE_HELP, MEASURE_HELP, VARIATION_HELP } from '@/src/help/help-texts';
import { SPREAD_ROW_HELP } from '@/src/help/spread-help';
import { Help } from '@/src/ui/Help';
import { DIMENSION_NAME, formatValue, type Dimension } from '@/src/measure/registry';
import { SpcChart, type SpcChartData } from '@/src/ui/SpcChart';

const fmt = formatValue;
/** A change in the measure's own units: percentage points for shares and gaps. */
const change = (m: PackMeasure, d: number) =>
  m.unit === 'share' || m.unit === 'points' ? `${d > 0 ? '+' : ''}${(d * 100).toFixed(1)} points` : `${d > 0 ? '+' : ''}${d.toFixed(m.unit === 'rate' ? 2 : 1)}`;
const WORDS: Record<NonNullable<PackMeasure['variation'] | PackMeasure['assurance']>, string> = {
  'common-cause': 'common cause variation (no signal at the latest point)',
  'special-cause-improvement': 'special cause variation: improvement',
  'special-cause-concern': 'special cause variation: concern',
  'consistently-meeting': 'consistently meeting the target',
  'consistently-missing': 'consistently missing the target',
  'hit-and-miss': 'hit and miss against the target',
};

/** A point's signal in the words of the side panel's table. */
const SIGNAL_WORDS: Record<PackMeasure['points'][number]['signal'], string> = {
  improvement: 'improvement',
  concern: 'concern',
  'common-cause': 'common cause',
  'not-judged': 'too little to judge',
};

/** The chart drawn from the pack's own periods, so the printed chart and the CSV are the same figures. */
const chartOf = (m: PackMeasure): SpcChartData => ({
  measure: m,
  points: m.points.map((w) => ({
    period: w.period,
    shown: w.value,
    ...(w.mean === null ? {} : { limits: { mean: w.mean, upper: w.upper, lower: w.lower } }),
    ...(w.signal === 'improvement' || w.signal === 'concern' ? { label: w.signal } : {}),
  })),
});

/** One measure in the pack: the baseline problem, before and after, the chart, the spread. */
export function PackMeasureView({ measure: m, interventions }: { measure: PackMeasure; interventions: readonly { day: string }[] }) {
  const notImproved = m.spread.filter((s) => s.notImproved);
  return (
    <section class="measure" data-testid="pack-measure" data-measure={m.id}>
      <h2>{m.name}</h2>
      <p class="muted small">
        {m.definition} From {m.source}.
      </p>
      <p data-testid="pack-before-after">
        Baseline: <strong>{fmt(m, m.baseline)}</strong> ({m.baselineDenominator} behind it). Last eight weeks: <strong>{fmt(m, m.current)}</strong> (
        {m.currentDenominator}){m.change !== null && ` (${change(m, m.change)})`}. Target {fmt(m, m.target)},{' '}
        {m.direction === 'lower-is-better' ? 'lower is better' : 'higher is better'}.
      </p>
      <ul class="verdicts">
        {m.firstImprovement && (
          <li>
            First improvement signal after the baseline: {m.period} of {m.firstImprovement}.
          </li>
        )}
        {m.variation && <li>Now: {WORDS[m.variation]}.</li>}
        {m.assurance && <li>Assurance: {WORDS[m.assurance]}.</li>}
        <li>
          {notImproved.length
            ? `Not improved on their baseline: ${notImproved.map((s) => s.segment).join(', ')}.`
            : m.spread.length
              ? 'Every unit, shift and day type improved on its baseline.'
              : 'Set a baseline to see the spread.'}
        </li>
      </ul>
      <Help
        label={`What ${m.name.toLowerCase()} and its verdicts mean, and what to do`}
        parts={[
          MEASURE_HELP[m.id],
          m.variation && VARIATION_HELP[m.variation],
          m.assurance && ASSURANCE_HELP[m.assurance],
          notImproved.length > 0 && SPREAD_ROW_HELP.notImproved,
        ]}
      />
      {m.points.length > 1 && (
        <>
          <SpcChart chart={chartOf(m)} interventions={interventions} width={620} />
          <details class="no-print">
            <summary>Figures behind the chart</summary>
            <table class="figures" data-testid="pack-points">
              <caption>
                {m.name} by {m.period}, with process limits
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m.period === 'week' ? 'Week starting' : 'Month'}</th>
                  <th scope="col">Value</th>
                  <th scope="col">Mean</th>
                  <th scope="col">Limits</th>
                  <th scope="col">Signal</th>
                </tr>
              </thead>
              <tbody>
                {m.points.map((w) => (
                  <tr key={w.period}>
                    <th scope="row">{w.period}</th>
                    <td>{fmt(m, w.value)}</td>
                    <td>{fmt(m, w.mean)}</td>
                    <td>{w.mean === null ? '–' : `${fmt(m, w.lower)} to ${fmt(m, w.upper)}`}</td>
                    <td>{SIGNAL_WORDS[w.signal]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      {m.spread.length > 0 && (
        <table class="figures" data-testid="pack-spread">
          <caption>By segment</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Baseline</th>
              <th scope="col">Last eight weeks</th>
              <th scope="col">Improved?</th>
            </tr>
          </thead>
          <tbody>
            {m.spread.map((s) => (
              <tr key={`${s.dimension}:${s.segment}`}>
                <th scope="row">
                  {DIMENSION_NAME[s.dimension as Dimension] ?? s.dimension}: {s.segment}
                </th>
                <td>{fmt(m, s.baseline)}</td>
                <td>{fmt(m, s.current)}</td>
                <td>{s.notImproved ? 'No' : 'Yes'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
