import { describe, expect, it } from 'vitest';
import type { CoachingEvent } from '../model/coaching';
import { coachingMarkers, markersFor, markersInWords } from './markers';
import { staffRows } from './staff-view';
import { staffFactsOf } from '../store/note-rollup';

const at = (day: string, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const event = (over: Partial<CoachingEvent>): CoachingEvent => ({
  day: '2026-02-02', coached: { kind: 'author', authorName: 'Amy Shaw' }, focus: ['vague'], followUpSize: 10, checks: [], recordedAt: 0, ...over,
});
const unflagged = { score: 100, rulesVersion: 1, flags: [] };
// Counted as the store counts them (staff-rollup.ts): the markers read those counts, not notes.
const notes = staffFactsOf([
  { authorName: 'Amy Shaw', authorRole: 'Carer', unit: 'Oak', careAt: at('2026-02-03', 10), quality: unflagged },
  { authorName: 'Amy Shaw', authorRole: 'Carer', unit: 'Ash', careAt: at('2026-02-04', 10), quality: unflagged },
  { authorName: 'Ben Ode', authorRole: 'Senior carer', unit: 'Cedar', careAt: at('2026-02-07', 23), quality: unflagged },
]);

describe('coaching sessions on the charts', () => {
  it("marks a member of staff's session on the charts of the units, roles and shifts they write in", () => {
    const [amy, nights] = coachingMarkers([event({}), event({ day: '2026-02-09', coached: { kind: 'group', shift: 'night' }, focus: ['no-outcome'] })], notes);
    expect(amy!.label).toBe('Coaching: Amy Shaw (Vague)');
    expect(markersFor([amy!], {})).toHaveLength(1);
    expect(markersFor([amy!], { unit: 'Oak' })).toHaveLength(1);
    expect(markersFor([amy!], { unit: 'Ash' })).toHaveLength(1);
    expect(markersFor([amy!], { unit: 'Cedar' })).toHaveLength(0);
    expect(markersFor([amy!], { shift: 'night' })).toHaveLength(0);
    expect(markersFor([nights!], { unit: 'Cedar' })).toEqual([{ day: '2026-02-09', label: 'Coaching: Group: night shift (No outcome)' }]);
    expect(markersFor([nights!], { dayType: 'weekend' })).toHaveLength(1);
    expect(markersFor([nights!], { role: 'Carer' })).toHaveLength(0);
    expect(markersInWords(markersFor([amy!, nights!], { unit: 'Cedar' }))).toBe('2026-02-09, Group: night shift (No outcome)');
  });

  it('a session whose staff wrote nothing yet is marked on the whole-home chart only', () => {
    const [ghost] = coachingMarkers([event({ coached: { kind: 'author', authorName: 'New Starter' } })], notes);
    expect(markersFor([ghost!], {})).toHaveLength(1);
    expect(markersFor([ghost!], { unit: 'Oak' })).toHaveLength(0);
  });
});

describe('the staff view', () => {
  const flagged = (rules: string[]) => ({ score: 0, rulesVersion: 1, flags: rules.map((rule) => ({ rule, reason: '', evidence: [] })) }) as never;
  it('lists authors most often flagged first, with the rule flagged most, and leaves out notes with no author', () => {
    const careAt = at('2026-02-03', 10);
    const rows = staffRows(
      staffFactsOf([
        { careAt, authorName: 'Amy Shaw', authorRole: 'Carer', quality: flagged(['vague']) },
        { careAt, authorName: 'Amy Shaw', quality: flagged([]) },
        { careAt, authorName: 'Ben Ode', authorRole: 'Senior carer', quality: flagged(['no-outcome', 'vague']) },
        { careAt, authorName: 'Ben Ode', quality: flagged(['no-outcome']) },
        { careAt, authorName: 'Ben Ode', quality: flagged(['no-outcome']) },
        { careAt, authorName: undefined, quality: flagged(['vague']) },
      ]),
    );
    expect(rows.map((r) => [r.author, r.role, r.notes, r.flagged, r.topRule])).toEqual([
      ['Ben Ode', 'Senior carer', 3, 3, 'no-outcome'],
      ['Amy Shaw', 'Carer', 2, 1, 'vague'],
    ]);
  });
});
