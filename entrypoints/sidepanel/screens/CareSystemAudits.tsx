import type { CareSystemAuditMonth } from '@/src/audit/care-system-audits';
import { percent } from '@/src/audit/cycle-series';

/** The care system's own audit results by month, scored like Record Lens's cycles, beside them. */
export function CareSystemAudits({ months }: { months: readonly CareSystemAuditMonth[] }) {
  if (!months.length) return null;
  return (
    <div class="scroll">
      <table class="figures" data-testid="care-system-audits">
        <caption>The care system's own audits (read from its pages)</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Form</th>
            <th scope="col">Answers</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={`${m.month}|${m.form}`} data-month={m.month}>
              <th scope="row">{m.month}</th>
              <td>{m.form}</td>
              <td>{m.answers}</td>
              <td>{percent(m.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
