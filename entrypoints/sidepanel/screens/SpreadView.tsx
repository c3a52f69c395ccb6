import { formatValue, spreadTable } from '@/src/measure/spread';
import type { Measure } from '@/src/measure/registry';
import type { DailyRollup } from '@/src/model/daily-rollup';
import type { Settings } from '@/src/model/settings';

const DIMENSION = { unit: 'Unit', shift: 'Shift', dayType: 'Day type' } as const;

/** Is it broad? Every segment against its own baseline, its gap to the best, and whether gaps narrow. */
export function SpreadView({ measure, rollups, settings }: { measure: Measure; rollups: readonly DailyRollup[]; settings: Settings }) {
  if (!settings.baseline) return <p class="muted small">Set a baseline to compare units, shifts and day types with it.</p>;
  const table = spreadTable(measure, rollups, { baseline: settings.baseline, now: Date.now() });
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
          .map((d) => `${DIMENSION[d.dimension]}s: the gap ${d.narrowing === null ? 'cannot be compared yet' : d.narrowing ? 'is narrowing' : 'is not narrowing'}.`)
          .join(' ')}
      </p>
    </div>
  );
}
