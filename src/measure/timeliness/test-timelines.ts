/**
 * Test support (imported by the *.test.ts files beside it only): London wall times and small
 * store-shaped records, so each test reads as dates a manager would recognise.
 */
import { resolveLondonWallClockLeniently } from '../../extract/dates/london-time';
import type { CarePlanEvent } from '../../model/care-plan-event';
import type { CarePlanSection, CarePlanSectionHistory } from '../../model/care-plan-section';

/** An instant given as London wall-clock time: london('2026-10-25 10:00'). */
export function london(text: string): number {
  const [date = '', time = '12:00'] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return resolveLondonWallClockLeniently({ year, month, day, hour, minute, second: 0, millisecond: 0 }, 0);
}

const provenance = (at: number) => ({ system: 'test', url: 'https://care.example/plan/R1', capturedAt: at, recipeId: 'r', recipeVersion: 1 });

export interface Dates {
  lastUpdated: string;
  reviewDue?: string;
  changeInNeed?: string;
}

const dates = (d: Dates) => ({
  lastUpdated: london(d.lastUpdated),
  ...(d.reviewDue !== undefined ? { reviewDue: london(`${d.reviewDue} 00:00`) } : {}),
  ...(d.changeInNeed !== undefined ? { changeInNeed: london(d.changeInNeed) } : {}),
});

export function historyRow(seen: string, d: Dates, key = 'R1/mobility'): CarePlanSectionHistory {
  const seenAt = london(seen);
  return { residentName: 'Ada Lovelace', section: 'Mobility', unit: 'Oak', sectionKey: key, stateHash: `${seen}|${JSON.stringify(d)}`, seenAt, provenance: provenance(seenAt), ...dates(d) };
}

export function sectionRow(
  first: string,
  last: string,
  d: Dates,
  opts: { key?: string; section?: string; unit?: string; residentKey?: string; residentName?: string } = {},
): CarePlanSection {
  const lastSeenAt = london(last);
  return {
    residentName: opts.residentName ?? 'Ada Lovelace',
    section: opts.section ?? 'Mobility',
    unit: opts.unit ?? 'Oak',
    key: opts.key ?? 'R1/mobility',
    residentKey: opts.residentKey ?? 'R1',
    stateHash: JSON.stringify(d),
    firstSeenAt: london(first),
    lastSeenAt,
    provenance: provenance(lastSeenAt),
    ...dates(d),
  };
}

export function pageEvent(type: CarePlanEvent['type'], at: string, key = 'R1/mobility'): CarePlanEvent {
  const t = london(at);
  return { residentName: 'Ada Lovelace', section: 'Mobility', type, at: t, key: `${key}/${type}/${at}`, sectionKey: key, residentKey: 'R1', source: 'page-history', provenance: provenance(t) };
}
