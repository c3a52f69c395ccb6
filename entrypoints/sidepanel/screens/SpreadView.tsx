import { useMemo } from 'preact/hooks';
import { spreadTable } from '@/src/measure/spread';
import { formatValue, type Dimension, type Measure, type MeasureInputs } from '@/src/measure/registry';
import type { Settings } from '@/src/model/settings';
import { useAfterFirstChart } from '../use-after-first-chart';
import { spreadHelpParts } from '@/src/help/spread-help';
import { Help } from '@/src/ui/Help';

const DIMENSION: Record<Dimension, string> = { unit: 'Unit', shift: 'Shift', dayType: 'Day type', role: 'Author role', home: 'Home' };

/** Is it broad? Every segment against its own baseline, its gap to the best, and whether gaps narrow. */
export function SpreadView({ measure, inputs, settings }: { measure: Measure; inputs: MeasureInputs; settings: Settings }) {
  // Worked out after the chart is drawn, so opening the panel shows the chart first.
  const ready = useAfterFirstChart();
  const table = useMemo(
    () => (ready && settings.baseline ? spreadTable(measure, inputs, { baseline: settings.baseline, now: Date.now(), frozen: settings.baselineFigures }) : undefined),
    [ready, measure, inputs, settings.baseline, settings.baselineFigures],
  );
  if (!ready && settings.baseline) return <p class="muted small" aria-busy="true">Comparing segments…</p>;
  if (!table) return <p class="muted small">Set a baseline to compare units, shifts, day types and author roles with it.</p>;
  return (
    <div class="scroll" data-testid="spread">
      <table class="figures">
        <caption>
          {measure.name}: by segment, baseline against {table.recent.start} to {table.recent.end}
        </caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col">Baseline</th>
            <th scope="col">Now</th>
            <th scope="col">Gap to best</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={`${r.dimension}:${r.segment}`} data-dimension={r.dimension} data-segment={r.segment}>
              <th scope="row">
                {DIMENSION[r.dimension]}: {r.segment}
              </th>
              <td>{formatValue(measure, r.baseline)}</td>
              <td>{formatValue(measure, r.current)}</td>
              <td>{formatValue(measure, r.gapToBest)}</td>
              <td>{[r.best && 'best', r.worst && 'furthest behind', r.notImproved && 'not improved'].filter(Boolean).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="spread-sentence" class="small">
        {table.sentence}{' '}
        {table.dimensions
          // The home dimension has segments only once another home's bundle is imported.
          .filter((d) => d.rows.length > 0)
          .map((d) => `${DIMENSION[d.dimension]}s: the gap ${d.narrowing === null ? 'cannot be compared yet' : d.narrowing ? 'is narrowing' : 'is not narrowing'}.`)
          .join(' ')}
      </p>
      <Help testId="spread-help" label="What the spread table means and what to do" parts={spreadHelpParts(table)} />
    </div>
  );
}
