import type { CoachingEvent } from '../model/coaching';
import { RULE_LABELS } from '../model/quality-flag';
import type { StaffFact } from '../model/staff-rollup';
import { describeCoached, isCoachedStaff } from './coached-notes';

/** A chart's segment as the charts name it: `{ unit: 'Oak' }`, `{ shift: 'night' }`, or `{}` for all. */
export type ChartSegment = Partial<Record<'unit' | 'role' | 'shift' | 'dayType', string>>;

export interface CoachingMarker {
  day: string;
  label: string;
  /** The segments (`unit:Oak`, `shift:night`) the coached staff's notes fall in. */
  appearsIn: Set<string>;
}

/**
 * Where each session's staff appear: every segment their notes fall in, worked out from the notes
 * themselves, so a member of staff's session is marked on the charts of the units and shifts they
 * write in, and a group's on the charts its notes land in.
 */
export function coachingMarkers(events: readonly CoachingEvent[], facts: readonly Pick<StaffFact, 'day' | 'author' | 'role' | 'unit' | 'shift'>[]): CoachingMarker[] {
  return events.map((e) => {
    const appearsIn = new Set<string>();
    for (const f of facts) {
      if (!isCoachedStaff(e.coached, f)) continue;
      if (f.unit) appearsIn.add(`unit:${f.unit}`);
      if (f.role) appearsIn.add(`role:${f.role}`);
      appearsIn.add(`shift:${f.shift}`);
      appearsIn.add(`dayType:${dayTypeOfDay(f.day)}`);
    }
    return { day: e.day, label: `Coaching: ${describeCoached(e.coached)} (${e.focus.map((r) => RULE_LABELS[r]).join(', ')})`, appearsIn };
  });
}

/** A London day key's weekday or weekend, as `dayTypeOf` says of a time on that day. */
function dayTypeOfDay(day: string): 'weekday' | 'weekend' {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}

/** The markers for one chart: all of them on a whole-home chart, those whose staff appear in its segment otherwise. */
export function markersFor(markers: readonly CoachingMarker[], segment: ChartSegment): { day: string; label: string }[] {
  const [entry] = Object.entries(segment);
  return markers.filter((m) => !entry || m.appearsIn.has(`${entry[0]}:${entry[1]}`)).map(({ day, label }) => ({ day, label }));
}

/** The sessions marked on a chart, in words for the line under it: "2026-02-02, Amy Shaw (Vague); …". */
export function markersInWords(marked: readonly { day: string; label: string }[]): string {
  return marked.map((m) => `${m.day}, ${m.label.replace(/^Coaching: /, '')}`).join('; ');
}
