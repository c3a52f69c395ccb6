import { dayKeyOfNumber, londonDayNumber } from './days';
import { daysOverdue, reviewDueAt } from './review-due';
import type { TimelinessRules } from './rules';
import type { SectionTimeline } from './timeline';

/** One line of the manager's list: enough to find the section and open it in the care system. */
export interface BacklogItem {
  sectionKey: string;
  residentName: string;
  residentKey: string;
  unit?: string;
  section: string;
  /** 0 for a stale section (we cannot tell), otherwise at least 1. */
  daysOverdue: number;
  /** 'YYYY-MM-DD' the review was due, when known. */
  dueDay?: string;
  lastSeenAt: number;
  url: string;
}

export interface BacklogNow {
  /** Most overdue first. */
  overdue: BacklogItem[];
  /** Overdue sections per unit ('(no unit)' when the page shows none). */
  byUnit: Record<string, number>;
  /** Not captured for `staleAfterDays` or more: shown apart, neither overdue nor fine. */
  stale: BacklogItem[];
  /** Sections still in a care plan (not gone) that were considered. */
  total: number;
}

export const NO_UNIT = '(no unit)';

/**
 * The backlog at a glance, as of `now`. A section whose review is overdue is only claimed to be
 * overdue if it was seen recently: an old capture could hide a review done since, so it goes to
 * `stale` instead. Sections gone from their plan are in no list.
 */
export function backlogNow(timelines: readonly SectionTimeline[], rules: TimelinessRules, now: number): BacklogNow {
  const today = londonDayNumber(now);
  const overdue: BacklogItem[] = [];
  const stale: BacklogItem[] = [];
  let total = 0;
  for (const tl of timelines) {
    if (tl.goneAt !== undefined && tl.goneAt <= now) continue;
    total++;
    const due = reviewDueAt(tl, rules, now);
    const days = due ? daysOverdue(due, now) : 0;
    const item: BacklogItem = {
      sectionKey: tl.sectionKey,
      residentName: tl.residentName,
      residentKey: tl.residentKey,
      ...(tl.unit !== undefined ? { unit: tl.unit } : {}),
      section: tl.section,
      daysOverdue: days,
      ...(due ? { dueDay: dayKeyOfNumber(due.dueDay) } : {}),
      lastSeenAt: tl.lastSeenAt,
      url: tl.url,
    };
    if (today - londonDayNumber(tl.lastSeenAt) >= rules.staleAfterDays) stale.push(item);
    else if (days > 0) overdue.push(item);
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.residentName.localeCompare(b.residentName) || a.section.localeCompare(b.section));
  stale.sort((a, b) => a.lastSeenAt - b.lastSeenAt);
  const byUnit: Record<string, number> = {};
  for (const item of overdue) byUnit[item.unit ?? NO_UNIT] = (byUnit[item.unit ?? NO_UNIT] ?? 0) + 1;
  return { overdue, byUnit, stale, total };
}
