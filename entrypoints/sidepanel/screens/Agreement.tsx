import { AGREEMENT_HELP } from '@/src/help/agreement-help';
import { MEASURE_HELP } from '@/src/help/help-texts';
import { agreementByRule, type Agreement as Row, type AgreementVerdict } from '@/src/measure/agreement';
import { sampleWeeks, scheduledGap } from '@/src/measure/sample-trend';
import { baselineMean } from '@/src/measure/weekly-rate';
import { RULE_LABELS } from '@/src/model/quality-flag';
import { getDb } from '@/src/store/db';
import { completedSamples } from '@/src/store/samples';
import { readSettings } from '@/src/store/settings';
import { Help } from '@/src/ui/Help';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { WeeklyChart } from '@/src/ui/WeeklyChart';
import { WeeklyTable } from '@/src/ui/WeeklyTable';

const pct = (r: number | undefined) => (r === undefined ? '–' : `${Math.round(r * 100)}%`);
const VERDICT: Record<AgreementVerdict, string> = {
  'too-few': 'Too few samples yet',
  trusted: 'People confirm it: trust it',
  'over-flags': 'People reject many of its flags: check its settings',
  misses: 'People find weak notes it misses: check its settings',
};

/**
 * What people found when they sampled notes, and how far they agree with the engine: the
 * measure that says whether the automatic flags can be trusted, or which rule needs fixing.
 */
export function Agreement() {
  const { value } = useLiveQuery(async () => {
    const db = getDb();
    const [samples, settings] = await Promise.all([completedSamples(db), readSettings(db)]);
    const judgements = samples.flatMap((s) => s.judgements);
    const weeks = sampleWeeks(samples);
    const points = weeks.map((w) => ({ week: w.week, notes: w.notes, flagged: w.judgedWeak, rate: w.judgedWeak / w.notes }));
    return {
      samples,
      judgements: judgements.length,
      rows: agreementByRule(judgements),
      gap: scheduledGap(weeks),
      points,
      mean: settings.baseline ? baselineMean(points, settings.baseline) : undefined,
      interventions: settings.interventions,
    };
  }, []);
  if (!value) return null;
  const { samples, rows, gap, points, mean, interventions } = value;
  const all = rows.at(-1)!;
  const scheduled = samples.filter((s) => s.scheduled).length;
  return (
    <section aria-labelledby="agreement-title" data-testid="agreement">
      <h2 id="agreement-title">Samples: people and the engine</h2>
      {samples.length === 0 ? (
        <p class="empty">
          No samples yet: open a resident's daily notes in your care system and press <em>Sample this page</em> (above) to judge a few notes. Here you will
          then see how far people agree with the automatic flags.
        </p>
      ) : (
        <>
          <p data-testid="agreement-summary">
            {samples.length} {samples.length === 1 ? 'sample' : 'samples'} ({scheduled} scheduled, {samples.length - scheduled} unscheduled),{' '}
            {value.judgements} notes judged. People and the engine agree on <strong>{pct(all.agreement)}</strong> of decisions
            {all.kappa !== undefined && ` (kappa ${all.kappa.toFixed(2)})`}; people confirmed {pct(all.confirmed)} of the engine's flags.
          </p>
          <p data-testid="scheduled-gap">
            Notes judged weak: {pct(gap.unscheduled.rate)} in unscheduled spot checks ({gap.unscheduled.notes} {gap.unscheduled.notes === 1 ? 'note' : 'notes'}), {pct(gap.scheduled.rate)} in
            scheduled samples ({gap.scheduled.notes} {gap.scheduled.notes === 1 ? 'note' : 'notes'}).
          </p>
          <Help
            label="What agreement and the spot-check gap mean, and what to do"
            parts={[
              { title: 'Agreement', ...MEASURE_HELP['agreement']! },
              { title: 'Spot checks against scheduled samples', ...MEASURE_HELP['scheduled-gap']! },
            ]}
          />
          <div class="scroll">
            <table class="figures" data-testid="agreement-table">
              <caption>Agreement by rule</caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Flags checked</th>
                  <th scope="col">Confirmed</th>
                  <th scope="col">Missed by engine</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">What it means</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, -1).map((r: Row) => (
                  <tr key={r.rule} data-rule={r.rule} data-verdict={r.verdict}>
                    <th scope="row">{RULE_LABELS[r.rule as keyof typeof RULE_LABELS]}</th>
                    <td>{r.both + r.engineOnly}</td>
                    <td>{pct(r.confirmed)}</td>
                    <td>{r.personOnly}</td>
                    <td>{pct(r.agreement)}</td>
                    <td>{VERDICT[r.verdict]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Help
            label="What each rule's verdict means and what to do"
            parts={[...new Set(rows.slice(0, -1).map((r) => r.verdict))].map((v) => ({ title: VERDICT[v], ...AGREEMENT_HELP[v] }))}
          />
          <h3>Notes people judged weak, by week of care</h3>
          <WeeklyChart title="Judged weak in samples % by week" seriesLabel="Judged weak %" points={points} baselineMean={mean} interventions={interventions} />
          <details>
            <summary>Figures behind the chart</summary>
            <WeeklyTable caption="Sampled notes judged weak by week" points={points} flaggedLabel="Judged weak" />
          </details>
        </>
      )}
    </section>
  );
}
