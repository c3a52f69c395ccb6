import type { CarePlanEvent } from '../../model/care-plan-event';
import type { CarePlanSection, CarePlanSectionHistory } from '../../model/care-plan-section';
import { eventsFromHistory } from './events-from-history';
import { mergeEvents } from './merge-events';
import type { SectionDates, SectionState, SectionTimeline, TimelineEvent } from './timeline';

/**
 * Builds the measures' view of one section from what the store keeps: its latest state, its
 * distinct past states, and the events read from the care system's history table.
 *
 * `goneAt` comes from the caller, because only the caller sees the whole care plan: when a later
 * capture of the resident's plan no longer shows the section.
 */
export function timelineOf(
  section: CarePlanSection,
  history: readonly CarePlanSectionHistory[],
  pageEvents: readonly CarePlanEvent[],
  opts: { goneAt?: number } = {},
): SectionTimeline {
  const own = history.filter((h) => h.sectionKey === section.key);
  const fromPage: TimelineEvent[] = pageEvents
    .filter((e) => e.sectionKey === section.key)
    .map((e) => (e.after === undefined ? { type: e.type, at: e.at } : { type: e.type, at: e.at, after: e.after }));
  const states: SectionState[] = own
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.seenAt - b.h.seenAt || a.i - b.i)
    .map(({ h }) => datesOf(h, h.seenAt));
  // The section itself is the latest state; history may lag behind it (or be empty in a new store).
  const latest = states.at(-1);
  // Without history the state dates from the first capture; otherwise it is only known from lastSeenAt.
  if (latest === undefined) states.push(datesOf(section, section.firstSeenAt));
  else if (!sameDates(latest, section)) states.push(datesOf(section, Math.max(latest.seenAt, section.lastSeenAt)));
  return {
    sectionKey: section.key,
    residentKey: section.residentKey,
    residentName: section.residentName,
    ...(section.unit !== undefined ? { unit: section.unit } : {}),
    section: section.section,
    url: section.provenance.url,
    events: mergeEvents(fromPage, eventsFromHistory(states)),
    current: datesOnly(section),
    states,
    firstSeenAt: Math.min(section.firstSeenAt, states[0]?.seenAt ?? Infinity),
    lastSeenAt: section.lastSeenAt,
    ...(opts.goneAt !== undefined ? { goneAt: opts.goneAt } : {}),
  };
}

function datesOf(s: SectionDates, seenAt: number): SectionState {
  return { seenAt, ...datesOnly(s) };
}

function datesOnly(s: SectionDates): SectionDates {
  return {
    lastUpdated: s.lastUpdated,
    ...(s.reviewDue !== undefined ? { reviewDue: s.reviewDue } : {}),
    ...(s.changeInNeed !== undefined ? { changeInNeed: s.changeInNeed } : {}),
  };
}

const sameDates = (a: SectionState, b: SectionDates): boolean =>
  a.lastUpdated === b.lastUpdated && a.reviewDue === b.reviewDue && a.changeInNeed === b.changeInNeed;
