import { compareCycles } from '@/src/audit/compare-cycles';
import { cycleResults } from '@/src/audit/cycle-results';
import { percent } from '@/src/audit/cycle-series';
import { BROAD_HELP, EMBEDDED_HELP, SCHEDULE_GAP_HELP } from '@/src/help/audit-help';
import type { AuditCycle } from '@/src/model/audit';
import { getDb } from '@/src/store/db';
import { writeSettings } from '@/src/store/settings';
import { Help } from '@/src/ui/Help';

const change = (c: number | null) => (c === null ? '–' : `${c >= 0 ? '+' : ''}${Math.round(c * 100)} pts`);

/** The latest closed cycle's score, and every cycle of its template against the baseline cycle. */
export function AuditResults({ closed, target }: { closed: readonly AuditCycle[]; target: number }) {
  const latest = closed.at(-1);
  if (!latest)
    return (
      <p class="empty" data-testid="audit-results-empty">
        No closed audit cycles yet: start one above, answer the checklist for each sampled record, then close the cycle to see its score here. Three
        cycles in a row at target show the improvement is embedded.
      </p>
    );
  const results = cycleResults(latest);
  const series = compareCycles(closed, latest.templateId, { target });
  return (
    <div data-testid="audit-results">
      <h3>
        Latest cycle: {latest.template.name}, {latest.periodStart} to {latest.periodEnd}
      </h3>
      <p data-testid="audit-score">
        Score <strong>{percent(results.score)}</strong> from {results.recordsAudited} records audited ({results.sampled} sampled
        {results.unanswered ? `, ${results.unanswered} not answered` : ''}).
      </p>
      <div class="scroll">
        <table class="figures" data-testid="audit-by-criterion">
          <caption>By question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Score</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {results.byCriterion.map((c) => (
              <tr key={c.criterionId}>
                <th scope="row">{c.text}</th>
                <td>{percent(c.score)}</td>
                <td>{c.recordsAudited}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="figures" data-testid="audit-by-segment">
          <caption>By unit, shift and day type</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Score</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {results.bySegment.map((s) => (
              <tr key={`${s.dimension}:${s.value}`}>
                <th scope="row">{s.label}</th>
                <td>{percent(s.score)}</td>
                <td>{s.recordsAudited}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {series && (
        <>
          <h3>Cycle after cycle</h3>
          <label class="inline">
            Target %{' '}
            <input
              type="number"
              min={0}
              max={100}
              value={Math.round(target * 100)}
              style="width:5em"
              onChange={(e) => {
                const v = Number((e.currentTarget as HTMLInputElement).value);
                if (v >= 0 && v <= 100) void writeSettings(getDb(), { auditTarget: v / 100 });
              }}
            />
          </label>
          <ul data-testid="audit-verdicts">
            <li>{series.embedded.reason}</li>
            <li>{series.broad.reason}</li>
            <li>{series.scheduleGap.reason}</li>
          </ul>
          <Help
            label="What these verdicts mean and what to do"
            parts={[EMBEDDED_HELP[series.embedded.status], BROAD_HELP[series.broad.status], SCHEDULE_GAP_HELP[series.scheduleGap.status]]}
          />
          <div class="scroll">
            <table class="figures" data-testid="audit-cycles">
              <caption>Each cycle against the baseline ({series.baseline.cycle.label}: {percent(series.baseline.results.score)})</caption>
              <thead>
                <tr>
                  <th scope="col">Cycle</th>
                  <th scope="col">Score</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {series.later.map((c) => (
                  <tr key={c.cycle.label + String(c.cycle.id)}>
                    <th scope="row">{c.cycle.label}</th>
                    <td>{percent(c.results.score)}</td>
                    <td>{change(c.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {series.later.length > 0 && (
              <table class="figures" data-testid="audit-criterion-change">
                <caption>Each question: the baseline against {series.later.at(-1)!.cycle.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Baseline</th>
                    <th scope="col">Latest</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {series.later.at(-1)!.criteria.map((c) => (
                    <tr key={c.criterionId} data-criterion={c.criterionId}>
                      <th scope="row">{c.text}</th>
                      <td>{percent(c.baseline)}</td>
                      <td>{percent(c.score)}</td>
                      <td>{change(c.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </>
      )}
    </div>
  );
}
