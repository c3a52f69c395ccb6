import { londonDayKey } from '../extract/dates/london-time';
import { addDaysToKey } from '../measure/timeliness/days';
import type { Baseline } from '../model/settings';

/**
 * The baseline offered at install: the twelve weeks up to yesterday, London days. A provider
 * usually installs Record Lens soon after an inspection found the records weak, so the recent
 * past is the "before"; twelve weekly points are enough for process-control limits.
 */
export function suggestedBaseline(now: number): Baseline {
  const end = addDaysToKey(londonDayKey(now), -1);
  return { start: addDaysToKey(end, -83), end };
}
