import { describe, expect, it } from 'vitest';
import { CoachingEventSchema, type Coached } from '../model/coaching';
import type { RuleId } from '../model/quality-flag';
import { describeCoached, isCoachedNote } from './coached-notes';
import { coachingEffect } from './coaching-effect';
import type { Note } from '../model/note';
import { staffFactsOf } from '../store/note-rollup';
import { changeInWords, lastingInWords, unpromptedInWords } from './coaching-words';
import { describeProgress, followUpProgress, followUpQueue, meetsStandard } from './follow-up';
import { groupSpread, NO_AUTHOR } from './group-spread';
import { compareRates, windowOf } from './proportions';

// Winter dates: London time is UTC, so a day and an hour make the instant.
const at = (day: string, hour = 10) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type NoteLike = Pick<Note, 'authorName' | 'authorRole' | 'unit' | 'careAt' | 'quality'>;
/** Notes counted as the store counts them, by day and member of staff. */
const facts = (notes: NoteLike[]) => staffFactsOf(notes);

let seq = 0;
function note(day: string, flags: RuleId[] = [], over: Partial<NoteLike> & { hour?: number } = {}) {
  const { hour, ...rest } = over;
  return {
    key: `n${++seq}`,
    authorName: 'Amy Shaw',
    authorRole: 'Carer',
    unit: 'Cedar',
    careAt: at(day, hour),
    quality: { score: flags.length ? 50 : 100, flags: flags.map((rule) => ({ rule, reason: 'x' })), rulesVersion: 1 },
    ...rest,
  } as NoteLike & { key: string };
}

/** `n` notes over the days from `from`, the first `flagged` of them flagged `vague`. */
const series = (from: string, n: number, flagged: number, over: Partial<NoteLike> = {}) =>
  Array.from({ length: n }, (_, i) => note(addDays(from, i % 28), i < flagged ? ['vague'] : [], over));

const EVENT = { day: '2026-02-02', coached: { kind: 'author', authorName: 'Amy Shaw' } as Coached, focus: ['vague'] as RuleId[] };

describe('a coaching event', () => {
  it('is validated in words and gets the default follow-up of 10 notes', () => {
    const ok = CoachingEventSchema.parse({ ...EVENT, recordedAt: 1 });
    expect(ok.followUpSize).toBe(10);
    expect(ok.checks).toEqual([]);
    const bad = CoachingEventSchema.safeParse({ ...EVENT, focus: [], coached: { kind: 'group' }, recordedAt: 1 });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toContain('Choose at least one thing the coaching was about.');
    expect(messages).toContain('Pick the group by role, unit or shift (at least one).');
  });

  it('covers one author by name, or a group by role, unit and shift', () => {
    const night = note('2026-02-03', [], { hour: 23, authorName: 'Ben Ode' });
    expect(isCoachedNote({ kind: 'author', authorName: ' amy shaw ' }, note('2026-02-03'))).toBe(true);
    expect(isCoachedNote(EVENT.coached, night)).toBe(false);
    const nightsOnCedar: Coached = { kind: 'group', unit: 'cedar', shift: 'night' };
    expect(isCoachedNote(nightsOnCedar, night)).toBe(true);
    expect(isCoachedNote(nightsOnCedar, note('2026-02-03', [], { hour: 11 }))).toBe(false);
    expect(isCoachedNote({ kind: 'group', role: 'Senior carer' }, night)).toBe(false);
    expect(describeCoached({ kind: 'group', role: 'Senior carer', shift: 'night', unit: 'Cedar' })).toBe('Group: Senior carer · night shift · Cedar');
  });
});

describe('follow-up checks', () => {
  const notes = [
    note('2026-02-01'), // before the session
    note('2026-02-02'), // the session's own day: neither side
    ...Array.from({ length: 12 }, (_, i) => note(addDays('2026-02-03', i))),
    note('2026-02-04', [], { authorName: 'Ben Ode' }), // someone else
  ];

  it('queues the next 10 notes the coached staff wrote after the session, oldest first', () => {
    const queue = followUpQueue({ ...EVENT, followUpSize: 10 }, notes);
    expect(queue).toHaveLength(10);
    expect(queue[0]).toBe(notes[2]!.key);
    expect(queue).not.toContain(notes[1]!.key);
    expect(queue).not.toContain(notes.at(-1)!.key);
  });

  it('a note meets the standard unless the checker upholds or adds a focus flag', () => {
    const check = { engineFlags: ['vague' as RuleId], verdicts: { vague: 'agree' as const }, added: [] };
    expect(meetsStandard(check, ['vague'])).toBe(false);
    expect(meetsStandard({ ...check, verdicts: { vague: 'disagree' } }, ['vague'])).toBe(true);
    expect(meetsStandard({ engineFlags: [], verdicts: {}, added: ['vague'] }, ['vague'])).toBe(false);
    // A flag outside the coaching's focus is not what the check is about.
    expect(meetsStandard(check, ['no-outcome'])).toBe(true);
  });

  it('shows progress as "6 of 10 checked, 5 meet the standard", and what is not written yet', () => {
    const queue = followUpQueue({ ...EVENT, followUpSize: 10 }, notes);
    const judged = (key: string, agree: boolean) => ({
      noteKey: key, careAt: 0, rulesVersion: 1, engineFlags: ['vague' as RuleId], verdicts: { vague: agree ? ('agree' as const) : ('disagree' as const) }, added: [], judgedAt: 0,
    });
    const checks = queue.slice(0, 6).map((k, i) => judged(k, i === 0));
    const p = followUpProgress({ followUpSize: 10, focus: ['vague'], checks }, queue);
    expect(p).toMatchObject({ wanted: 10, queued: 10, checked: 6, meeting: 5, next: queue[6] });
    expect(describeProgress(p)).toBe('6 of 10 checked, 5 meet the standard');
    const early = followUpProgress({ followUpSize: 10, focus: ['vague'], checks: [] }, queue.slice(0, 3));
    expect(describeProgress(early)).toBe('0 of 10 checked, 0 meet the standard; 7 not written yet');
  });
});

describe('before, after and holding', () => {
  const today = '2026-03-29';

  it('says better only when the drop is more than chance, and plainly when there are too few notes', () => {
    const notes = [...series('2025-12-15', 40, 16), ...series('2026-02-03', 40, 4)];
    const e = coachingEffect(EVENT, facts(notes), today, []);
    expect(e.before).toMatchObject({ notes: 40, flagged: 16 });
    expect(e.after).toMatchObject({ notes: 40, flagged: 4 });
    expect(e.change).toBe('lower');
    expect(changeInWords(e)).toBe('Better: the focus flags fell from 40% of 40 notes to 10% of 40 notes, more than chance alone would explain.');
    expect(e.eventWeek).toBe('2026-02-02');
    expect(e.weekly.map((w) => w.week)).toContain('2026-02-02');

    const few = coachingEffect(EVENT, facts([...series('2025-12-15', 6, 3), ...series('2026-02-03', 4, 0)]), today, []);
    expect(few.change).toBe('too-few');
    expect(changeInWords(few)).toBe('Too few notes to judge yet: 6 before and 4 after; at least 10 on each side are needed.');

    const luck = coachingEffect(EVENT, facts([...series('2025-12-15', 20, 6), ...series('2026-02-03', 20, 4)]), today, []);
    expect(luck.change).toBe('no-clear-change');
  });

  it('counts only the coached staff, only the focus rules, and ignores notes older than 8 weeks', () => {
    const notes = [
      ...series('2025-12-15', 20, 0),
      ...series('2025-10-01', 30, 30), // before the 8 weeks
      ...series('2025-12-15', 20, 20, { authorName: 'Ben Ode' }),
      note('2026-01-05', ['no-outcome']),
    ];
    expect(coachingEffect(EVENT, facts(notes), today, []).before).toMatchObject({ notes: 21, flagged: 0 });
  });

  it('tells whether it stayed better in the last 4 weeks', () => {
    const fading = [...series('2025-12-15', 40, 20), ...series('2026-02-03', 27, 0), ...series('2026-03-02', 28, 12)];
    const e = coachingEffect(EVENT, facts(fading), today, []);
    expect(e.change).toBe('lower');
    expect(e.latest).toMatchObject({ notes: 28, flagged: 12 });
    expect(e.lasting).toBe('no-clear-change');
    expect(lastingInWords(e)).toMatch(/^Not clearly better in the last 4 weeks \(43% of 28 notes\)/);
  });

  it('compares notes written in announced audit weeks with the rest', () => {
    const audit = { periodStart: '2026-02-09', periodEnd: '2026-02-15' };
    const inAudit = Array.from({ length: 14 }, (_, i) => note(addDays('2026-02-09', i % 7)));
    const outside = Array.from({ length: 30 }, (_, i) => note(addDays('2026-02-16', i % 28), i < 12 ? ['vague'] : []));
    const e = coachingEffect(EVENT, facts([...series('2025-12-15', 30, 12), ...inAudit, ...outside]), today, [audit]);
    expect(e.inAudit).toMatchObject({ notes: 14, flagged: 0 });
    expect(e.outsideAudit).toMatchObject({ notes: 30, flagged: 12 });
    expect(e.unprompted).toBe('higher');
    expect(unpromptedInWords(e)).toBe('Slips when nobody is watching: 0% of 14 notes in announced audit weeks, 40% of 30 notes outside them.');
    const none = coachingEffect(EVENT, facts(outside), today, []);
    expect(unpromptedInWords(none)).toBe('No announced audit since the session: every note after it was written without prompting.');
  });
});

describe('a group session is judged by its spread', () => {
  it('lists each member worst first and tallies who got better', () => {
    const group = { ...EVENT, coached: { kind: 'group', unit: 'Cedar' } as Coached };
    const member = (name: string, before: number, after: number) => [
      ...series('2025-12-15', 30, before, { authorName: name }),
      ...series('2026-02-03', 30, after, { authorName: name }),
    ];
    const notes = [...member('Amy Shaw', 15, 1), ...member('Ben Ode', 12, 11), ...series('2026-02-03', 3, 0, { authorName: 'Cal Ray' }), note('2026-02-05', [], { authorName: undefined }), ...member('Dee Fox', 10, 0).map((n) => ({ ...n, unit: 'Oak' }))];
    const spread = groupSpread(group, facts(notes), '2026-03-29', []);
    expect(spread.members.map((m) => m.author)).toEqual(['Ben Ode', 'Amy Shaw', 'Cal Ray', NO_AUTHOR]);
    expect(spread.tally).toEqual({ lower: 1, 'no-clear-change': 1, 'too-few': 2, higher: 0 });
    expect(spread.afterRange).toEqual([1 / 30, 11 / 30]);
  });
});

describe('comparing two rates', () => {
  it('needs 10 notes a side, and a difference beyond chance', () => {
    expect(compareRates(windowOf(9, 5), windowOf(50, 0))).toBe('too-few');
    expect(compareRates(windowOf(50, 0), windowOf(50, 0))).toBe('no-clear-change');
    expect(compareRates(windowOf(50, 20), windowOf(50, 5))).toBe('lower');
    expect(compareRates(windowOf(50, 5), windowOf(50, 20))).toBe('higher');
  });
});
