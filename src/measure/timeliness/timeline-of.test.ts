import { describe, expect, it } from 'vitest';
import { eventsFromHistory } from './events-from-history';
import { mergeEvents } from './merge-events';
import { timelineOf } from './timeline-of';
import { historyRow, london, pageEvent, sectionRow } from './test-timelines';

describe('eventsFromHistory', () => {
  it('takes the first capture as an update known from the page, plus any change in need it shows', () => {
    const events = eventsFromHistory([historyRow('2026-11-02 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-20', changeInNeed: '2026-10-20 11:00' })]);
    expect(events).toEqual([
      { type: 'update', at: london('2026-10-01 14:00') },
      { type: 'change-in-need', at: london('2026-10-20 11:00') },
    ]);
  });

  it('dates updates and changes in need by the page, and bounds a review between two captures', () => {
    const events = eventsFromHistory([
      historyRow('2026-11-09 09:00', { lastUpdated: '2026-11-05 10:00', reviewDue: '2026-11-28', changeInNeed: '2026-10-20 11:00' }),
      historyRow('2026-11-02 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-20', changeInNeed: '2026-10-20 11:00' }),
      historyRow('2026-11-16 09:00', { lastUpdated: '2026-11-05 10:00', reviewDue: '2026-11-28', changeInNeed: '2026-11-12 15:00' }),
    ]);
    expect(events).toEqual([
      { type: 'update', at: london('2026-10-01 14:00') },
      { type: 'change-in-need', at: london('2026-10-20 11:00') },
      { type: 'update', at: london('2026-11-05 10:00') },
      // Review due moved later: a review happened after the 2 Nov capture, by the 9 Nov one.
      { type: 'review', at: london('2026-11-09 09:00'), after: london('2026-11-02 09:00') },
      { type: 'change-in-need', at: london('2026-11-12 15:00') },
    ]);
  });

  it('invents nothing when the review-due date stays or moves earlier', () => {
    const events = eventsFromHistory([
      historyRow('2026-11-02 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-20' }),
      historyRow('2026-11-09 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-18' }),
    ]);
    expect(events.map((e) => e.type)).toEqual(['update']);
  });
});

describe('mergeEvents', () => {
  it('keeps one event per type per London day, preferring one with a time of day', () => {
    const merged = mergeEvents(
      [{ type: 'update', at: london('2026-11-05 10:00') }],
      [{ type: 'update', at: london('2026-11-05 00:00') }, { type: 'review', at: london('2026-11-05 10:00') }],
    );
    expect(merged).toEqual([
      { type: 'update', at: london('2026-11-05 10:00') },
      { type: 'review', at: london('2026-11-05 10:00') },
    ]);
    expect(mergeEvents([{ type: 'update', at: london('2026-11-05 16:00') }, { type: 'update', at: london('2026-11-05 09:00') }])).toEqual([
      { type: 'update', at: london('2026-11-05 09:00') },
    ]);
  });

  it('drops a capture-bounded review when the page history dates a review inside its bounds', () => {
    const dated = { type: 'review' as const, at: london('2026-11-06 15:00') };
    const bounded = { type: 'review' as const, at: london('2026-11-09 09:00'), after: london('2026-11-02 09:00') };
    expect(mergeEvents([dated], [bounded])).toEqual([dated]);
    const outside = { type: 'review' as const, at: london('2026-10-30 15:00') };
    expect(mergeEvents([outside], [bounded])).toEqual([outside, bounded]);
  });
});

describe('timelineOf', () => {
  it('keeps both of two captures on the same day; the later is current', () => {
    const morning = historyRow('2026-11-20 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-10' });
    const afternoon = historyRow('2026-11-20 16:00', { lastUpdated: '2026-11-20 15:30', reviewDue: '2026-12-18' });
    const section = sectionRow('2026-11-20 09:00', '2026-11-20 16:00', { lastUpdated: '2026-11-20 15:30', reviewDue: '2026-12-18' });
    const tl = timelineOf(section, [afternoon, morning], []);
    expect(tl.states.map((s) => s.seenAt)).toEqual([morning.seenAt, afternoon.seenAt]);
    expect(tl.current).toEqual({ lastUpdated: london('2026-11-20 15:30'), reviewDue: london('2026-12-18 00:00') });
    expect(tl.events).toEqual([
      { type: 'update', at: london('2026-10-01 14:00') },
      { type: 'update', at: london('2026-11-20 15:30') },
      { type: 'review', at: afternoon.seenAt, after: morning.seenAt },
    ]);
  });

  it('merges the page history with snapshot events and copies what the panel needs', () => {
    const section = sectionRow('2026-11-02 09:00', '2026-11-16 09:00', { lastUpdated: '2026-11-05 10:00', reviewDue: '2026-12-01' });
    const history = [
      historyRow('2026-11-02 09:00', { lastUpdated: '2026-10-01 14:00', reviewDue: '2026-11-20' }),
      historyRow('2026-11-09 09:00', { lastUpdated: '2026-11-05 10:00', reviewDue: '2026-12-01' }),
      historyRow('2026-11-09 09:00', { lastUpdated: '2000-01-01 10:00' }, 'R2/other'),
    ];
    const page = [pageEvent('review', '2026-11-03 11:00'), pageEvent('update', '2026-11-05 10:00'), pageEvent('update', '2026-09-01 10:00', 'R9/x')];
    const tl = timelineOf(section, history, page, { goneAt: london('2026-11-23 09:00') });
    expect(tl).toMatchObject({ sectionKey: 'R1/mobility', residentKey: 'R1', residentName: 'Ada Lovelace', unit: 'Oak', section: 'Mobility', url: 'https://care.example/plan/R1', goneAt: london('2026-11-23 09:00') });
    expect(tl.events).toEqual([
      { type: 'update', at: london('2026-10-01 14:00') },
      { type: 'review', at: london('2026-11-03 11:00') },
      { type: 'update', at: london('2026-11-05 10:00') },
    ]);
    expect(tl.states).toHaveLength(2);
  });

  it('works from the section alone when no history was kept yet', () => {
    const section = sectionRow('2026-11-02 09:00', '2026-11-16 09:00', { lastUpdated: '2026-09-05 10:00', reviewDue: '2026-10-03' });
    const tl = timelineOf(section, [], []);
    expect(tl.states).toEqual([{ seenAt: section.firstSeenAt, lastUpdated: section.lastUpdated, reviewDue: section.reviewDue }]);
    // The page's last-updated date is still an update known from the page.
    expect(tl.events).toEqual([{ type: 'update', at: section.lastUpdated }]);
  });
});
