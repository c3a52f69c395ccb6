import { describe, expect, it } from 'vitest';
import { dayKeyOfNumber } from './days';
import { daysOverdue, dueDayKey, reviewDueAt } from './review-due';
import { DEFAULT_TIMELINESS_RULES, TimelinessRulesSchema } from './rules';
import { london } from './test-timelines';
import type { SectionTimeline, TimelineEvent } from './timeline';

const rules = DEFAULT_TIMELINESS_RULES;

function timeline(events: TimelineEvent[], states: SectionTimeline['states'] = [], section = 'Mobility'): SectionTimeline {
  const firstSeenAt = states[0]?.seenAt ?? events[0]?.at ?? 0;
  return { sectionKey: 'k', residentKey: 'R1', residentName: 'Ada', section, url: 'u', events, states, firstSeenAt, lastSeenAt: states.at(-1)?.seenAt ?? firstSeenAt };
}

const reviewedOn = (day: string, section?: string) => timeline([{ type: 'review', at: london(`${day} 10:00`) }], [], section);

describe('reviewDueAt: calendar days in London', () => {
  it('is overdue the day after the due date, across a month end', () => {
    const tl = reviewedOn('2027-01-03'); // + 28 days = 31 January
    const due = reviewDueAt(tl, rules, london('2027-01-20 09:00'))!;
    expect(dueDayKey(due)).toBe('2027-01-31');
    expect(daysOverdue(due, london('2027-01-31 23:59'))).toBe(0);
    expect(daysOverdue(due, london('2027-02-01 00:01'))).toBe(1);
    expect(daysOverdue(due, london('2027-03-03 08:00'))).toBe(31);
  });

  it('counts the leap day (29 February 2028)', () => {
    expect(dueDayKey(reviewDueAt(reviewedOn('2028-02-01'), rules, london('2028-02-02'))!)).toBe('2028-02-29');
    expect(dueDayKey(reviewDueAt(reviewedOn('2028-02-02'), rules, london('2028-02-03'))!)).toBe('2028-03-01');
    const due = reviewDueAt(reviewedOn('2028-02-01'), rules, london('2028-02-02'))!;
    expect(daysOverdue(due, london('2028-02-29 23:30'))).toBe(0);
    expect(daysOverdue(due, london('2028-03-01 00:30'))).toBe(1);
  });

  it('handles a due date on the autumn clock change (25 October 2026, 02:00 BST → 01:00 GMT)', () => {
    const due = reviewDueAt(reviewedOn('2026-09-27'), rules, london('2026-10-01'))!;
    expect(dueDayKey(due)).toBe('2026-10-25');
    // 23:30 GMT on the 25th is still the 25th, although it is 25 hours after midnight.
    expect(daysOverdue(due, london('2026-10-25 23:30'))).toBe(0);
    expect(daysOverdue(due, london('2026-10-26 00:10'))).toBe(1);
  });

  it('handles a due date on the spring clock change (28 March 2027, 01:00 GMT → 02:00 BST)', () => {
    const due = reviewDueAt(reviewedOn('2027-02-28'), rules, london('2027-03-01'))!;
    expect(dueDayKey(due)).toBe('2027-03-28');
    expect(daysOverdue(due, london('2027-03-28 23:30'))).toBe(0);
    // 00:30 BST on the 29th is still the 28th in UTC: a UTC day would say "not overdue".
    const justAfter = london('2027-03-29 00:30');
    expect(new Date(justAfter).toISOString().slice(0, 10)).toBe('2027-03-28');
    expect(daysOverdue(due, justAfter)).toBe(1);
  });

  it('reads a page review-due date shown as London midnight on a clock-change day', () => {
    const seenAt = london('2026-10-20 10:00');
    const tl = timeline([], [{ seenAt, lastUpdated: london('2026-09-01'), reviewDue: london('2026-10-25 00:00') }]);
    const due = reviewDueAt(tl, rules, london('2026-10-26 09:00'))!;
    expect(due).toEqual({ dueDay: expect.any(Number), basis: 'page' });
    expect(dueDayKey(due)).toBe('2026-10-25');
    expect(daysOverdue(due, london('2026-10-26 09:00'))).toBe(1);
  });
});

describe('reviewDueAt: which date to trust', () => {
  const update: TimelineEvent = { type: 'update', at: london('2026-06-01 10:00') };
  const review: TimelineEvent = { type: 'review', at: london('2026-06-10 10:00') };
  const capture = { seenAt: london('2026-06-20 10:00'), lastUpdated: update.at, reviewDue: london('2026-07-15 00:00') };

  it('prefers the review-due date of the latest capture at or before t', () => {
    const tl = timeline([update, review], [capture]);
    expect(reviewDueAt(tl, rules, london('2026-06-21'))).toMatchObject({ basis: 'page' });
    expect(dueDayKey(reviewDueAt(tl, rules, london('2026-06-21'))!)).toBe('2026-07-15');
    // Before the capture, the page had not been read: last review + 28 days.
    const before = reviewDueAt(tl, rules, london('2026-06-15'))!;
    expect([before.basis, dueDayKey(before)]).toEqual(['last-review', '2026-07-08']);
  });

  it('lets a review from the page history that is newer than the capture win', () => {
    const later: TimelineEvent = { type: 'review', at: london('2026-07-20 10:00') };
    const due = reviewDueAt(timeline([update, review, later], [capture]), rules, london('2026-07-21'))!;
    expect([due.basis, dueDayKey(due)]).toEqual(['last-review', '2026-08-17']);
  });

  it('falls back to last update + interval for a section never reviewed', () => {
    const due = reviewDueAt(timeline([update]), rules, london('2026-06-02'))!;
    expect([due.basis, dueDayKey(due)]).toEqual(['last-update', '2026-06-29']);
    expect(reviewDueAt(timeline([update]), rules, london('2026-05-01'))).toBeUndefined();
  });

  it('uses the section type interval, matched case-insensitively', () => {
    const custom = TimelinessRulesSchema.parse({ sectionIntervalDays: { 'medication ': 14 } });
    const due = reviewDueAt(reviewedOn('2026-06-10', 'Medication'), custom, london('2026-06-11'))!;
    expect(dayKeyOfNumber(due.dueDay)).toBe('2026-06-24');
    expect(dueDayKey(reviewDueAt(reviewedOn('2026-06-10', 'Mobility'), custom, london('2026-06-11'))!)).toBe('2026-07-08');
  });
});

describe('TimelinessRules', () => {
  it('has the documented defaults and rejects nonsense', () => {
    expect(DEFAULT_TIMELINESS_RULES).toEqual({ reviewIntervalDays: 28, sectionIntervalDays: {}, updateLagTargetDays: 7, staleAfterDays: 7 });
    expect(TimelinessRulesSchema.safeParse({ reviewIntervalDays: 0 }).success).toBe(false);
    expect(TimelinessRulesSchema.safeParse({ staleAfterDays: 2.5 }).success).toBe(false);
  });
});
