import type { WeeklyPoint } from '../measure/weekly-rate';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** The chart's text alternative: every point, in a table a screen reader (and a test) can read. */
export function WeeklyTable({ caption, points, flaggedLabel = 'Vague' }: { caption: string; points: readonly WeeklyPoint[]; flaggedLabel?: string }) {
  return (
    <table class="figures" data-testid="weekly-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Week starting</th>
          <th scope="col">Notes</th>
          <th scope="col">{flaggedLabel}</th>
          <th scope="col">Rate</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.week} data-week={p.week}>
            <th scope="row">{p.week}</th>
            <td>{p.notes}</td>
            <td>{p.flagged}</td>
            <td>{pct(p.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
