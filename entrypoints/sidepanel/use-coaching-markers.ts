import { coachingMarkers, type CoachingMarker } from '@/src/coaching/markers';
import { londonDayKey } from '@/src/extract/dates/london-time';
import { coachingInputs, listCoaching } from '@/src/store/coaching';
import { getDb } from '@/src/store/db';
import { useLiveQuery } from '@/src/ui/use-live-query';
import { useAfterFirstChart } from './use-after-first-chart';

/**
 * Every coaching session with the segments its staff write in, for marking on the charts. Read
 * after the first chart is painted, from the staff counts of the sessions' span (a row a day, not
 * the notes), so a panel with no sessions pays one empty read. `chartShown`: false while the caller is still loading its chart.
 */
export function useCoachingMarkers(chartShown = true): CoachingMarker[] {
  const ready = useAfterFirstChart() && chartShown;
  const { value } = useLiveQuery(async () => {
    if (!ready) return NONE;
    const db = getDb();
    const events = await listCoaching(db);
    if (!events.length) return NONE;
    const today = londonDayKey(Date.now());
    const { facts } = await coachingInputs(db, events, today);
    return coachingMarkers(events, facts);
  }, [ready]);
  return value ?? NONE;
}

/** One empty list, so a chart that depends on the markers is not redrawn for a new `[]` each render. */
const NONE: CoachingMarker[] = [];
