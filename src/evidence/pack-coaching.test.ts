import { describe, expect, it } from 'vitest';
import type { CoachingEvent } from '../model/coaching';
import type { Note } from '../model/note';
import { staffFactsOf } from '../store/note-rollup';
import { packCoaching } from './pack-coaching';

const note = (day: string, author: string, vague: boolean, i: number): Note =>
  ({
    key: `k${i}`, residentKey: 'r', residentName: 'Ada Lovelace', text: 'Ada said the garden was lovely.', authorName: author, unit: 'Oak',
    careAt: Date.parse(`${day}T10:00:00Z`), careAtPrecision: 'minute', provenance: { system: 's', url: 'u', capturedAt: 0, recipeId: 's', recipeVersion: 1 },
    quality: { score: vague ? 50 : 100, rulesVersion: 1, flags: vague ? [{ rule: 'vague', reason: 'Ada said the garden', evidence: [] }] : [] },
  }) as Note;
const event = (id: number, coached: CoachingEvent['coached']): CoachingEvent => ({ id, day: '2026-02-02', coached, focus: ['vague'], note: 'Talked about Ada', followUpSize: 10, checks: [], recordedAt: 0 });

describe('coaching in the evidence pack', () => {
  const notes = Array.from({ length: 30 }, (_, i) => note(i < 15 ? '2026-01-20' : '2026-02-10', 'Amy Shaw', i < 10, i));
  const inputs = { facts: staffFactsOf(notes), announced: [] };
  // Both sessions' queues: the first 10 of the notes written after the session.
  const queue = notes.slice(15, 25).map((n) => n.key);
  const queues = new Map([[1, queue], [2, queue]]);

  it('names a member of staff by their code, a group by what picks it, and keeps note words and the session note out', () => {
    const [one, group] = packCoaching([event(1, { kind: 'author', authorName: 'Amy Shaw' }), event(2, { kind: 'group', unit: 'Oak' })], inputs, queues, '2026-03-01', () => 'Staff S-7K2Q');
    expect(one).toMatchObject({ day: '2026-02-02', who: 'Staff S-7K2Q', focus: ['Vague'], followUp: '0 of 10 checked, 0 meet the standard' });
    expect(one!.change).toMatch(/^Better: the focus flags fell from 67% of 15 notes to 0% of 15 notes/);
    expect(group!.who).toBe('Group: Oak');
    const text = JSON.stringify([one, group]);
    for (const words of ['Amy', 'Ada', 'garden', 'Talked']) expect(text).not.toContain(words);
  });
});
