import type { PackMeasure } from '@/src/evidence/pack';
import { SpcChart, type SpcChartData } from '@/src/ui/SpcChart';

const fmt = (m: PackMeasure, v: number | null) => (v === null ? '–' : m.unit === 'share' ? `${(v * 100).toFixed(1)}%` : v.toFixed(1));
const WORDS: Record<string, string> = {
  'common-cause': 'common cause variation (no signal at the latest week)',
  'special-cause-improvement': 'special cause variation: improvement',
  'special-cause-concern': 'special cause variation: concern',
  'consistently-meeting': 'consistently meeting the target',
  'consistently-missing': 'consistently missing the target',
  'hit-and-miss': 'hit and miss against the target',
};

/** The chart drawn from the pack's own weeks, so the printed chart and the CSV are the same figures. */
const chartOf = (m: PackMeasure): SpcChartData => ({
  measure: m,
  points: m.weeks.map((w) => ({
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
      <p data-testid="pack-before-after">
        Baseline: <strong>{fmt(m, m.baseline)}</strong>. Last eight weeks: <strong>{fmt(m, m.current)}</strong>
        {m.change !== null && ` (${m.unit === 'share' ? `${m.change > 0 ? '+' : ''}${(m.change * 100).toFixed(1)} points` : `${m.change > 0 ? '+' : ''}${m.change.toFixed(1)}`})`}. Target{' '}
        {fmt(m, m.target)}, {m.direction === 'lower-is-better' ? 'lower is better' : 'higher is better'}.
      </p>
      <ul class="verdicts">
        {m.firstImprovement && <li>First improvement signal after the baseline: week of {m.firstImprovement}.</li>}
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
      {m.weeks.length > 1 && <SpcChart chart={chartOf(m)} interventions={interventions} width={620} />}
      {m.spread.length > 0 && (
        <table class="figures" data-testid="pack-spread">
          <caption>By unit, shift and day type</caption>
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
                <th scope="row">{s.segment}</th>
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
