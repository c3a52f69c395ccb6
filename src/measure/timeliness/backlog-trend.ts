import type { Baseline } from '../../model/settings';
import { NO_UNIT } from './backlog';
import { dailyBacklogToDate } from './daily-backlog';
import { dayKeyOfNumber, dayNumberOfKey, londonDayNumber } from './days';
import type { TimelinessRules } from './rules';
import type { SectionTimeline } from './timeline';
import { median, updateLags, type UpdateLag } from './update-lag';

export interface UnitTrend {
  unit: string;
  /** Mean sections overdue per day in the baseline period (undefined without baseline data). */
  baselineOverdue: number | undefined;
  /** Mean sections overdue per day over the last `recentDays`. */
  recentOverdue: number | undefined;
  baselineMedianLag: number | undefined;
  recentMedianLag: number | undefined;
}

export interface BacklogTrend {
  days: string[];
  /** Sections overdue at the end of each day, all units. */
  overdue: number[];
  /** The same per unit (null on days a unit had no sections known). */
  byUnit: Record<string, (number | null)[]>;
  baselineOverdue: number | undefined;
  /** Weeks (Mondays) with the median days from change in need to update, of changes reflected. */
  lagWeeks: { week: string; medianDays: number; reflected: number }[];
  baselineMedianLag: number | undefined;
  units: UnitTrend[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : undefined);
const medianOf = (lags: readonly UpdateLag[]) => {
  const done = lags.filter((l) => !l.open).map((l) => l.days);
  return done.length ? median(done) : undefined;
};

/**
 * The registered manager's trend view: the daily backlog (all units and each unit) and the weekly
 * median update lag over the period with data, each with its baseline level, and per unit the
 * baseline beside the most recent weeks.
 */
export function backlogTrend(
  timelines: readonly SectionTimeline[],
  rules: TimelinessRules,
  opts: { now: number; baseline?: Baseline; recentDays?: number },
): BacklogTrend {
  const { now, baseline, recentDays = 28 } = opts;
  const today = londonDayNumber(now);
  const points = dailyBacklogToDate(timelines, rules, now);
  const units = [...new Set(timelines.map((t) => t.unit ?? NO_UNIT))].sort();
  const inBaseline = (day: string) => !!baseline && day >= baseline.start && day <= baseline.end;
  const recentFrom = dayKeyOfNumber(today - recentDays + 1);
  const lags = updateLags(timelines, now);

  const weeks = new Map<string, UpdateLag[]>();
  for (const l of lags) weeks.set(l.week, [...(weeks.get(l.week) ?? []), l]);
  const lagWeeks = [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([week, group]) => {
      const m = medianOf(group);
      return m === undefined ? [] : [{ week, medianDays: m, reflected: group.filter((l) => !l.open).length }];
    });

  return {
    days: points.map((p) => p.day),
    overdue: points.map((p) => p.overdue),
    byUnit: Object.fromEntries(units.map((u) => [u, points.map((p) => (p.byUnit?.[u]?.tracked ? p.byUnit[u]!.overdue : null))])),
    baselineOverdue: mean(points.filter((p) => inBaseline(p.day) && p.tracked).map((p) => p.overdue)),
    lagWeeks,
    baselineMedianLag: medianOf(lags.filter((l) => inBaseline(l.changeDay))),
    units: units.map((unit) => {
      const unitDays = points.flatMap((p) => (p.byUnit?.[unit]?.tracked ? [{ day: p.day, overdue: p.byUnit[unit]!.overdue }] : []));
      const unitLags = lags.filter((l) => (l.unit ?? NO_UNIT) === unit);
      return {
        unit,
        baselineOverdue: mean(unitDays.filter((d) => inBaseline(d.day)).map((d) => d.overdue)),
        recentOverdue: mean(unitDays.filter((d) => d.day >= recentFrom).map((d) => d.overdue)),
        baselineMedianLag: medianOf(unitLags.filter((l) => inBaseline(l.changeDay))),
        recentMedianLag: medianOf(unitLags.filter((l) => l.changeDay >= dayKeyOfNumber(dayNumberOfKey(recentFrom) - 28))),
      };
    }),
  };
}
