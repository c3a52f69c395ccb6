import type { Note } from '../care-systems/generator/types';

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Monday (London calendar) of the week a note's care happened in, computed independently of src/. */
export function weekOf(epochMs: number): string {
  const d = new Date(`${londonDay.format(epochMs)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export interface ExpectedWeek {
  week: string;
  notes: number;
  vague: number;
}

/** What the side panel's weekly table must say for these generator notes, from their truth labels. */
export function expectedWeeks(notes: readonly Note[]): ExpectedWeek[] {
  const by = new Map<string, ExpectedWeek>();
  for (const n of notes) {
    const week = weekOf(n.careAt);
    const w = by.get(week) ?? { week, notes: 0, vague: 0 };
    w.notes += 1;
    w.vague += n.truth.vague ? 1 : 0;
    by.set(week, w);
  }
  return [...by.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** The notes a vendor page shows for one resident: newest first (ties by id, as the server does). */
export function newestNotes(all: readonly Note[], residentId: string, offset: number, count: number): Note[] {
  return all
    .filter((n) => n.residentId === residentId)
    .sort((a, b) => b.careAt - a.careAt || (a.id < b.id ? 1 : -1))
    .slice(offset, offset + count);
}
