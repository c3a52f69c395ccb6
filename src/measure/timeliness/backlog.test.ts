import { describe, expect, it } from 'vitest';
import { backlogNow } from './backlog';
import { dailyBacklog } from './daily-backlog';
import { DEFAULT_TIMELINESS_RULES } from './rules';
import { historyRow, london, sectionRow } from './test-timelines';
import { timelineOf } from './timeline-of';

const rules = DEFAULT_TIMELINESS_RULES;
const NOW = london('2026-11-23 15:00');

/** A section captured from `first` to `last`, whose page shows the given dates throughout. */
function captured(key: string, first: string, last: string, reviewDue: string, opts: { unit?: string; residentKey?: string; residentName?: string; section?: string; goneAt?: string } = {}) {
  const dates = { lastUpdated: '2026-08-01 10:00', reviewDue };
  const section = sectionRow(first, last, dates, { key, ...opts });
  const row = { ...historyRow(first, dates, key), residentName: section.residentName, section: section.section };
  return timelineOf(section, [row], [], opts.goneAt ? { goneAt: london(opts.goneAt) } : {});
}

describe('backlogNow', () => {
  const timelines = [
    captured('R1/mobility', '2026-11-01 09:00', '2026-11-23 09:00', '2026-11-20'),
    captured('R1/nutrition', '2026-11-01 09:00', '2026-11-23 09:00', '2026-11-30', { section: 'Nutrition' }),
    captured('R2/mobility', '2026-11-01 09:00', '2026-11-22 09:00', '2026-11-02', { unit: 'Cedar', residentKey: 'R2', residentName: 'Bea Brown' }),
    // First seen already overdue: the page showed a due date long past on the first capture.
    captured('R3/skin', '2026-11-21 09:00', '2026-11-21 09:00', '2026-10-01', { unit: 'Cedar', residentKey: 'R3', residentName: 'Cy Coe', section: 'Skin integrity' }),
    // Not captured for 10 days: shown apart, whatever its due date says.
    captured('R4/mobility', '2026-11-01 09:00', '2026-11-13 09:00', '2026-09-01', { residentKey: 'R4', residentName: 'Di Dee' }),
    // Removed from the plan: a later capture of R1's plan no longer showed it.
    captured('R1/continence', '2026-11-01 09:00', '2026-11-10 09:00', '2026-09-01', { section: 'Continence', goneAt: '2026-11-12 09:00' }),
    // A resident who left: all their sections gone.
    captured('R5/mobility', '2026-11-01 09:00', '2026-11-15 09:00', '2026-10-01', { residentKey: 'R5', residentName: 'Ed Eve', goneAt: '2026-11-18 10:00' }),
    captured('R5/nutrition', '2026-11-01 09:00', '2026-11-15 09:00', '2026-10-02', { residentKey: 'R5', residentName: 'Ed Eve', section: 'Nutrition', goneAt: '2026-11-18 10:00' }),
  ];
  const backlog = backlogNow(timelines, rules, NOW);

  it('lists overdue sections, most overdue first, with what the panel needs to open them', () => {
    expect(backlog.overdue.map((i) => [i.sectionKey, i.daysOverdue, i.dueDay])).toEqual([
      ['R3/skin', 53, '2026-10-01'],
      ['R2/mobility', 21, '2026-11-02'],
      ['R1/mobility', 3, '2026-11-20'],
    ]);
    expect(backlog.overdue[0]).toMatchObject({ residentName: 'Cy Coe', residentKey: 'R3', unit: 'Cedar', section: 'Skin integrity', url: 'https://care.example/plan/R1', lastSeenAt: london('2026-11-21 09:00') });
    expect(backlog.byUnit).toEqual({ Cedar: 2, Oak: 1 });
  });

  it('shows stale sections apart, counted neither overdue nor fine', () => {
    expect(backlog.stale.map((i) => i.sectionKey)).toEqual(['R4/mobility']);
    expect(backlog.total).toBe(5);
  });

  it('leaves out sections removed from a plan and every section of a resident who left', () => {
    const keys = [...backlog.overdue, ...backlog.stale].map((i) => i.sectionKey);
    expect(keys).not.toContain('R1/continence');
    expect(keys.filter((k) => k.startsWith('R5/'))).toEqual([]);
  });

  it('treats a section seen exactly staleAfterDays ago as stale, and one day less as current', () => {
    const at = (last: string) => backlogNow([captured('k', '2026-11-01 09:00', last, '2026-11-01')], rules, NOW);
    expect(at('2026-11-16 23:00').stale).toHaveLength(1);
    expect(at('2026-11-17 00:30').overdue).toHaveLength(1);
  });
});

describe('dailyBacklog', () => {
  it('counts each day a section was overdue, only while it was known and present', () => {
    const timelines = [
      captured('a', '2026-11-01 09:00', '2026-11-23 09:00', '2026-11-20'),
      captured('b', '2026-11-01 09:00', '2026-11-10 09:00', '2026-11-05', { unit: 'Cedar', goneAt: '2026-11-12 09:00' }),
    ];
    const points = dailyBacklog(timelines, rules, '2026-11-04', '2026-11-23', 'unit');
    const byDay = Object.fromEntries(points.map((p) => [p.day, p]));
    expect(points).toHaveLength(20);
    // b: due 5 Nov, overdue from the 6th, gone on the 12th (last counted on the 11th).
    expect(byDay['2026-11-05']).toMatchObject({ overdue: 0, tracked: 2 });
    expect(byDay['2026-11-06']).toMatchObject({ overdue: 1, tracked: 2, byUnit: { Oak: { overdue: 0, tracked: 1 }, Cedar: { overdue: 1, tracked: 1 } } });
    expect(byDay['2026-11-11']).toMatchObject({ overdue: 1, tracked: 2 });
    expect(byDay['2026-11-12']).toMatchObject({ overdue: 0, tracked: 1 });
    // a: due 20 Nov, overdue from the 21st.
    expect(points.filter((p) => p.overdue > 0 && p.day > '2026-11-12').map((p) => p.day)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
  });

  it('without a review in any history, starts at the first capture (no guessing back), and stops a stale section', () => {
    const dates = { lastUpdated: '2026-10-01 10:00' };
    const section = sectionRow('2026-11-10 09:00', '2026-11-12 09:00', dates);
    const tl = timelineOf(section, [historyRow('2026-11-10 09:00', dates)], []);
    const points = dailyBacklog([tl], rules, '2026-09-30', '2026-11-30');
    const known = points.filter((p) => p.tracked > 0).map((p) => p.day);
    // The page shows only "last updated 1 Oct": whether it was reviewed before 10 Nov is unknown,
    // so it is counted from the first capture; last capture 12 Nov + 7 stale days → 18 Nov.
    expect([known[0], known.at(-1)]).toEqual(['2026-11-10', '2026-11-18']);
    // No review known: due 28 days after the update (29 Oct), so overdue from the first day counted.
    expect(points.find((p) => p.overdue > 0)?.day).toBe('2026-11-10');
  });
});
