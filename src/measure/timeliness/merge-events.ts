import { hasTimeOfDay, londonDayNumber } from './days';
import type { TimelineEvent } from './timeline';

/**
 * Page history and snapshots often report the same event twice (the history table says "updated
 * 12/11", and the section's last-updated date moved to 12/11). One event per type per London day
 * is kept, preferring a page-dated one (no `after`), then one with a time of day over a bare
 * date, then the earliest. A review only bounded by captures is dropped
 * when a page-dated review of the same type lies inside its bounds: it is the same review.
 */
export function mergeEvents(...lists: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  const all = lists.flat();
  const dated = all.filter((e) => e.after === undefined);
  const bounded = all.filter(
    (e) => e.after !== undefined && !dated.some((d) => d.type === e.type && d.at > e.after! && d.at <= e.at),
  );
  const byKey = new Map<string, TimelineEvent>();
  for (const e of [...dated, ...bounded]) {
    const key = `${e.type}@${londonDayNumber(e.at)}`;
    const kept = byKey.get(key);
    const keptDated = kept?.after === undefined;
    const eDated = e.after === undefined;
    // Page-dated events came first, so a bounded one only replaces another bounded one.
    if (kept === undefined || (keptDated === eDated && better(e, kept))) byKey.set(key, e);
  }
  return [...byKey.values()].sort((a, b) => a.at - b.at);
}

function better(e: TimelineEvent, kept: TimelineEvent): boolean {
  const eTimed = hasTimeOfDay(e.at);
  if (eTimed !== hasTimeOfDay(kept.at)) return eTimed;
  return e.at < kept.at;
}
