import { BACKLOG_HELP } from '@/src/help/backlog-help';
import type { BacklogTrend } from '@/src/measure/timeliness';
import { Help } from '@/src/ui/Help';
import { LINE_STYLES, SeriesChart } from '@/src/ui/SeriesChart';

const one = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

/** The backlog and the update lag over time, each against its baseline level, and by unit. */
export function BacklogTrendView({ trend, interventions, targetDays }: { trend: BacklogTrend; interventions: readonly { day: string }[]; targetDays: number }) {
  const units = Object.keys(trend.byUnit);
  const level = (v: number | undefined) => trend.days.map(() => (v === undefined ? null : Math.round(v * 10) / 10));
  return (
    <>
      <h3>Sections overdue, day by day</h3>
      <p data-testid="backlog-baseline">
        {trend.baselineOverdue === undefined
          ? 'Set a baseline period (Baseline and intervention, at the end of this panel) to compare the backlog with.'
          : `Baseline: ${one(trend.baselineOverdue)} sections overdue on an average day; now ${trend.overdue.at(-1)}.`}
      </p>
      <SeriesChart
        title="Care-plan sections overdue"
        days={trend.days}
        yLabel="sections"
        interventions={interventions}
        series={[
          { label: 'All units', values: trend.overdue, ...LINE_STYLES[0]!, width: 2.5 },
          ...units.map((u, i) => ({ label: u, values: trend.byUnit[u]!, ...LINE_STYLES[(i + 1) % LINE_STYLES.length]! })),
          { label: 'Baseline level', values: level(trend.baselineOverdue), stroke: '#425563', dash: [6, 4] },
        ]}
      />
      <details>
        <summary>Figures behind the chart</summary>
        <table class="figures" data-testid="backlog-days">
          <caption>Care-plan sections overdue, day by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">All units</th>
              {units.map((u) => (
                <th key={u} scope="col">
                  {u}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.days.map((d, i) => (
              <tr key={d}>
                <th scope="row">{d}</th>
                <td>{trend.overdue[i]}</td>
                {units.map((u) => (
                  <td key={u}>{trend.byUnit[u]![i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>Days from a change in need to the plan's update</h3>
      <p data-testid="lag-baseline">
        Target: within {targetDays} days.{' '}
        {trend.baselineMedianLag === undefined ? '' : `Baseline median ${trend.baselineMedianLag} days.`}{' '}
        {trend.lagWeeks.length ? `Latest week with updates: median ${trend.lagWeeks.at(-1)!.medianDays} days.` : 'No changes in need seen yet: they appear when a care plan page shows a change in need or its history.'}
      </p>
      <Help label="What the update lag means and what to do" parts={[BACKLOG_HELP.updateLag]} />
      <SeriesChart
        title="Median days to update, by week of the change"
        days={trend.lagWeeks.map((w) => w.week)}
        yLabel="days"
        interventions={interventions}
        series={[
          { label: 'Median days', values: trend.lagWeeks.map((w) => w.medianDays), ...LINE_STYLES[0]!, width: 2 },
          { label: 'Target', values: trend.lagWeeks.map(() => targetDays), stroke: '#007f3b', dash: [2, 3] },
          { label: 'Baseline median', values: trend.lagWeeks.map(() => trend.baselineMedianLag ?? null), stroke: '#425563', dash: [6, 4] },
        ]}
      />
      <details>
        <summary>Figures behind the chart</summary>
        <table class="figures" data-testid="lag-weeks">
          <caption>Median days to update, by week of the change (target {targetDays})</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Median days</th>
            </tr>
          </thead>
          <tbody>
            {trend.lagWeeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{w.week}</th>
                <td>{w.medianDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div class="scroll">
        <table class="figures" data-testid="backlog-units">
          <caption>By unit: baseline and the last four weeks</caption>
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">Overdue a day, baseline</th>
              <th scope="col">Overdue a day, now</th>
              <th scope="col">Median days to update, baseline</th>
              <th scope="col">Median days to update, now</th>
            </tr>
          </thead>
          <tbody>
            {trend.units.map((u) => (
              <tr key={u.unit} data-unit={u.unit}>
                <th scope="row">{u.unit}</th>
                <td>{one(u.baselineOverdue)}</td>
                <td>{one(u.recentOverdue)}</td>
                <td>{one(u.baselineMedianLag)}</td>
                <td>{one(u.recentMedianLag)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
