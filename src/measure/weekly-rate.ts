import type { DailyRollup } from '../model/daily-rollup';
import type { Baseline } from '../model/settings';

export interface WeeklyPoint {
  /** Monday of the week, as a London calendar day. */
  week: string;
  notes: number;
  flagged: number;
  /** flagged / notes, 0..1 */
  rate: number;
}

/** Monday of the ISO week containing a calendar day (pure date arithmetic, no time zone). */
export function mondayOf(day: string): string {
  // Called for every roll-up row of every chart, spread and drift check: worked out once per day.
  let monday = MONDAYS.get(day);
  if (monday === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    const back = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    monday = d.toISOString().slice(0, 10);
    if (MONDAYS.size > 20_000) MONDAYS.clear();
    MONDAYS.set(day, monday);
  }
  return monday;
}
const MONDAYS = new Map<string, string>();

/** Weekly share of notes flagged, from daily roll-ups: cost grows with days, not notes. */
export function weeklyRate(
  rollups: readonly DailyRollup[],
  flagged: (r: DailyRollup) => number,
): WeeklyPoint[] {
  const byWeek = new Map<string, { notes: number; flagged: number }>();
  for (const r of rollups) {
    const week = mondayOf(r.day);
    const acc = byWeek.get(week) ?? { notes: 0, flagged: 0 };
    acc.notes += r.notes;
    acc.flagged += flagged(r);
    byWeek.set(week, acc);
  }
  return [...byWeek.entries()]
    .filter(([, v]) => v.notes > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, v]) => ({ week, ...v, rate: v.flagged / v.notes }));
}

/**
 * The baseline mean: the mean of the weekly points whose week starts inside the baseline period
 * (the weeks an inspector would see as "before"). Undefined when no such week has data.
 */
export function baselineMean(points: readonly WeeklyPoint[], baseline: Baseline): number | undefined {
  const first = mondayOf(baseline.start);
  const inside = points.filter((p) => p.week >= first && p.week <= baseline.end);
  if (inside.length === 0) return undefined;
  return inside.reduce((s, p) => s + p.rate, 0) / inside.length;
}
