import { mondayOf } from '../weekly-rate';
import { dayKeyOfNumber, hasTimeOfDay, londonDayNumber } from './days';
import { NO_UNIT } from './backlog';
import { DEFAULT_TIMELINESS_RULES, type TimelinessRules } from './rules';
import type { SectionTimeline } from './timeline';

/**
 * How long a section took to reflect a reported change in need: the change paired with the first
 * update at or after it (or a date-only update on the same day). A change not yet reflected is `open`, and `days` is its age so far.
 */
export interface UpdateLag {
  sectionKey: string;
  residentKey: string;
  unit?: string;
  /** London day of the change in need, 'YYYY-MM-DD'. */
  changeDay: string;
  /** Monday of the week of the change: lags are charted by when the need changed. */
  week: string;
  /** London calendar days from change to update (or, when open, to `asOf`). */
  days: number;
  open: boolean;
}

/**
 * Every change in need and its lag. Open changes are aged to `asOf` when given, otherwise to the
 * section's last capture (the last moment we know it was still not reflected). Sections gone from
 * a plan keep their past lags: the delay happened whatever became of the section later.
 */
export function updateLags(timelines: readonly SectionTimeline[], asOf?: number): UpdateLag[] {
  const lags: UpdateLag[] = [];
  for (const tl of timelines) {
    const updates = tl.events.filter((e) => e.type === 'update');
    for (const change of tl.events) {
      if (change.type !== 'change-in-need') continue;
      const changeDay = londonDayNumber(change.at);
      // A bare date on the change's own day may be later that day: counted as reflecting it (lag 0).
      const update = updates.find((u) => u.at >= change.at || (!hasTimeOfDay(u.at) && londonDayNumber(u.at) === changeDay));
      const end = update?.at ?? Math.min(asOf ?? tl.lastSeenAt, tl.goneAt ?? Infinity);
      lags.push({
        sectionKey: tl.sectionKey,
        residentKey: tl.residentKey,
        ...(tl.unit !== undefined ? { unit: tl.unit } : {}),
        changeDay: dayKeyOfNumber(changeDay),
        week: mondayOf(dayKeyOfNumber(changeDay)),
        days: Math.max(0, londonDayNumber(end) - changeDay),
        open: update === undefined,
      });
    }
  }
  return lags.sort((a, b) => a.changeDay.localeCompare(b.changeDay));
}

/** The middle value (mean of the two middle values for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Share of changes reflected within the target. An open change already older than the target has
 * certainly missed it and counts against; an open change younger than the target cannot be judged
 * yet and is left out (counting it either way would flatter or punish the most recent week).
 */
export function shareWithinTarget(lags: readonly UpdateLag[], rules: TimelinessRules): number {
  const judged = lags.filter((l) => !l.open || l.days > rules.updateLagTargetDays);
  if (judged.length === 0) return NaN;
  return judged.filter((l) => !l.open && l.days <= rules.updateLagTargetDays).length / judged.length;
}

export interface WeeklyLagPoint {
  /** Monday of the week the needs changed. */
  week: string;
  unit?: string;
  /** Median of the reflected changes' lags (open ones are counted in `open`, not in the median). */
  medianDays: number;
  reflected: number;
  open: number;
  withinTarget: number;
}

/** Median lag per week of the change (and per unit when asked), oldest week first. */
export function weeklyMedianLag(
  lags: readonly UpdateLag[],
  opts: { by?: 'unit'; rules?: TimelinessRules } = {},
): WeeklyLagPoint[] {
  const { by, rules = DEFAULT_TIMELINESS_RULES } = opts;
  const groups = new Map<string, UpdateLag[]>();
  for (const lag of lags) {
    const key = by === 'unit' ? `${lag.week}|${lag.unit ?? NO_UNIT}` : lag.week;
    const group = groups.get(key) ?? [];
    group.push(lag);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const reflected = group.filter((l) => !l.open);
      return {
        week: group[0]!.week,
        ...(by === 'unit' ? { unit: key.split('|')[1]! } : {}),
        medianDays: median(reflected.map((l) => l.days)),
        reflected: reflected.length,
        open: group.length - reflected.length,
        withinTarget: shareWithinTarget(group, rules),
      };
    });
}
